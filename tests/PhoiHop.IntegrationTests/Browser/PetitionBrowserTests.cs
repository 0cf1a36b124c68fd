using System.Globalization;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using PhoiHop.Features.Petitions;
using PhoiHop.Infrastructure.Data.Seed;
using PhoiHop.IntegrationTests.Testing;
using static Microsoft.Playwright.Assertions;

namespace PhoiHop.IntegrationTests.Browser;

// Issue #4 in a real browser: the Front registers and forwards a letter, the People's Committee resolves it, the answer comes
// back and the citizen is told; a citizen sends a letter from a phone and follows it. The HTTP tests (Features/Petitions)
// check the rules; these check what only a browser sees: the real forms, <details> step forms, keyboard, layout, axe.
public sealed partial class PetitionBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ValidId = "019085001234";   // Thái Nguyên, male born 1985

    private static readonly PageGetByLabelOptions Exact = new() { Exact = true };

    [GeneratedRegex(@"/Petitions/[0-9a-f-]{36}$")]
    private static partial Regex PetitionUrl();

    [GeneratedRegex(@"PH-[0-9A-Z]{4}-[0-9A-Z]{4}")]
    private static partial Regex TrackingCode();

    [Fact]
    public async Task Complaint_FrontForwardsToCommittee_CommitteeDecides_FrontInformsCitizenAndCloses()
    {
        await using var frontContext = await browser.NewContextAsync();
        await using var committeeContext = await browser.NewContextAsync();
        var front = await SignedInPageAsync(frontContext, "mttq.tiepdan");
        var committee = await SignedInPageAsync(committeeContext, "ubnd.lanhdao");
        const string subject = "Khiếu nại quyết định thu hồi đất ở xã Đại Phúc";

        await front.GotoAsync("/Petitions");
        await front.GetByRole(AriaRole.Link, new() { Name = Text("Petitions.Register"), Exact = true }).ClickAsync();
        await FillLetterAsync(front, subject);
        await front.GetByRole(AriaRole.Button, new() { Name = Text("Petitions.RegisterSubmit"), Exact = true }).ClickAsync();

        await Expect(front).ToHaveURLAsync(PetitionUrl());
        await Expect(front.Locator(".flash")).ToContainTextAsync(TrackingCode());
        await Expect(StatusBadge(front)).ToHaveTextAsync(Text("PetitionStatus.Received"));
        await Expect(front.Locator("section[aria-labelledby=senders-h] table")).ToContainTextAsync("Nguyễn Văn An");
        await Expect(front.Locator("section[aria-labelledby=senders-h] table")).ToContainTextAsync(ValidId);
        var letterUrl = front.Url;

        await TakeStepAsync(front, PetitionAction.Classify, async form =>
        {
            await form.Locator("#Step_Kind_Classify").SelectOptionAsync(nameof(PetitionKind.Complaint));
            await form.Locator("#Step_Competence").SelectOptionAsync(nameof(Competence.OtherBody));
            await form.Locator("#Step_FieldCode").SelectOptionAsync(PetitionFields.LandRecovery);
        });
        await Expect(StatusBadge(front)).ToHaveTextAsync(Text("PetitionStatus.Classified"));
        await Expect(StepDetails(front, PetitionAction.Accept)).ToHaveCountAsync(0);
        await TakeStepAsync(front, PetitionAction.Forward, async form =>
        {
            await form.Locator("#Step_ToBodyCode").SelectOptionAsync("UBND-TN");
            await form.Locator("#Step_Recommendation").FillAsync("Đề nghị UBND tỉnh xem xét, giải quyết theo thẩm quyền.");
        });
        await Expect(StatusBadge(front)).ToHaveTextAsync(Text("PetitionStatus.AwaitingAnswer"));
        await Expect(front.Locator("dl.facts")).ToContainTextAsync("Ủy ban nhân dân tỉnh Thái Nguyên");
        var copyCode = TrackingCode().Match(await front.Locator(".flash").InnerTextAsync()).Value;

        await committee.GotoAsync("/Petitions");
        var row = committee.Locator("table.data tbody tr").Filter(new() { HasText = copyCode });
        await Expect(row).ToContainTextAsync(subject);
        await row.GetByRole(AriaRole.Link, new() { Name = subject }).ClickAsync();
        await Expect(committee).ToHaveURLAsync(PetitionUrl());
        await Expect(committee.Locator("h1")).ToContainTextAsync(copyCode);
        await Expect(committee.Locator("dl.facts")).ToContainTextAsync(Text("Channel.ForwardedByFront"));
        await TakeStepAsync(committee, PetitionAction.Classify, async form =>
        {
            await form.Locator("#Step_Kind_Classify").SelectOptionAsync(nameof(PetitionKind.Complaint));
            await form.Locator("#Step_Competence").SelectOptionAsync(nameof(Competence.Own));
            await form.Locator("#Step_ComplaintObject").SelectOptionAsync(nameof(ComplaintObject.AdministrativeDecision));
        });
        await TakeStepAsync(committee, PetitionAction.Accept, form => form.Locator("#Step_Note_Accept").FillAsync("Đủ điều kiện thụ lý"));
        await Expect(StatusBadge(committee)).ToHaveTextAsync(Text("PetitionStatus.Accepted"));
        await TakeStepAsync(committee, PetitionAction.StartVerification);
        await Expect(StatusBadge(committee)).ToHaveTextAsync(Text("PetitionStatus.Verifying"));
        await TakeStepAsync(committee, PetitionAction.Decide, async form =>
        {
            await form.Locator("#Step_FirstInstanceOutcome").SelectOptionAsync(nameof(FirstInstanceOutcome.Amend));
            await form.Locator("#Step_Note_Decide").FillAsync("Sửa đổi quyết định thu hồi đất");
        });
        await Expect(StatusBadge(committee)).ToHaveTextAsync(Text("PetitionStatus.DecidedFirstInstance"));

        await front.GotoAsync(letterUrl);
        await Expect(StatusBadge(front)).ToHaveTextAsync(Text("PetitionStatus.Answered"));
        var answer = front.Locator("dl.facts dt").Filter(new() { HasText = Text("Petitions.Field.Summary") }).Locator("xpath=following-sibling::dd[1]");
        await Expect(answer).ToContainTextAsync("Ủy ban nhân dân tỉnh Thái Nguyên");
        await Expect(answer).ToContainTextAsync("Sửa đổi quyết định thu hồi đất");
        await TakeStepAsync(front, PetitionAction.NotifyCitizen, form => form.Locator("#Step_Note_NotifyCitizen").FillAsync("Đã gửi văn bản cho ông An"));
        await TakeStepAsync(front, PetitionAction.Close);

        await Expect(StatusBadge(front)).ToHaveTextAsync(Text("PetitionStatus.Closed"));
        await Expect(front.Locator("details.step")).ToHaveCountAsync(0);
        await Expect(front.Locator("ol.timeline li strong")).ToHaveTextAsync(
            new[] { PetitionAction.Receive, PetitionAction.Classify, PetitionAction.Forward, PetitionAction.Monitor, PetitionAction.RecordAnswer,
                PetitionAction.NotifyCitizen, PetitionAction.Close }.Select(a => Text($"PetitionAction.{a}")));
    }

    [Fact]
    public async Task Portal_OnAPhone_CitizenSubmitsThenTracksTheLetter_WithoutHorizontalScrolling()
    {
        await using var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = browser.BaseUrl,
            Locale = "vi-VN",
            ViewportSize = new() { Width = 390, Height = 844 },
            DeviceScaleFactor = 3,
            IsMobile = true,
            HasTouch = true,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/Portal");
        await AssertNoHorizontalScrollAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = Text("Portal.Send"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Portal/Submit$"));
        await AssertNoHorizontalScrollAsync(page);
        var (code, secret) = await SubmitOnPortalAsync(page, "Đường liên xóm Đồng Kem bị sạt lở");
        await AssertNoHorizontalScrollAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = Text("Portal.Track"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Portal/Track$"));
        await page.GetByLabel(Text("Petitions.TrackingCode"), Exact).FillAsync(code);
        await page.GetByLabel(Text("Portal.Secret"), Exact).FillAsync(secret);
        await page.GetByRole(AriaRole.Button, new() { Name = Text("Portal.Track"), Exact = true }).ClickAsync();

        await Expect(page.Locator("#status")).ToHaveTextAsync(Text("PetitionStatus.Received"));
        await Expect(page.Locator("dl.facts")).ToContainTextAsync(code);
        await Expect(page.Locator("dl.facts")).ToContainTextAsync("Đường liên xóm Đồng Kem bị sạt lở");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Đinh Văn Toàn");
        await AssertNoHorizontalScrollAsync(page);
    }

    [Fact]
    public async Task StepForms_OpenAndCloseWithTheKeyboard_FocusMovesIntoTheForm()
    {
        await using var context = await browser.NewContextAsync();
        var page = await SignedInPageAsync(context, "mttq.tiepdan");
        await RegisterLetterAsync(page, "Kiến nghị sửa chữa cầu treo bản Mạ");
        var steps = page.Locator("details.step");
        Assert.True(await steps.CountAsync() > 0);

        for (var n = 0; n < await steps.CountAsync(); n++)
        {
            var details = steps.Nth(n);
            var summary = details.Locator("summary");
            await Expect(details).Not.ToHaveAttributeAsync("open", "");

            await summary.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            await Expect(details).ToHaveAttributeAsync("open", "");
            await page.Keyboard.PressAsync("Tab");
            await Expect(details.Locator(":focus")).ToHaveCountAsync(1);
            await summary.FocusAsync();
            await page.Keyboard.PressAsync("Space");
            await Expect(details).Not.ToHaveAttributeAsync("open", "");
        }
    }

    [Theory]
    [InlineData("register")]
    [InlineData("register-errors")]
    [InlineData("petition")]
    [InlineData("queue")]
    [InlineData("portal-submit")]
    [InlineData("portal-receipt")]
    [InlineData("portal-track")]
    public async Task Accessibility_PetitionPage_HasNoSeriousOrCriticalViolations(string which)
    {
        await using var context = await browser.NewContextAsync();
        var page = which.StartsWith("portal", StringComparison.Ordinal) ? await context.NewPageAsync() : await SignedInPageAsync(context, "mttq.tiepdan");
        await OpenAsync(page, which);

        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"axe on {which} ({page.Url}):\n" + string.Join('\n', serious.Select(v =>
            $"- [{v.Impact}] {v.Id}: {v.Help} ({v.HelpUrl})\n" + string.Join('\n', v.Nodes.Select(n => $"    {n.Html}")))));
    }

    private async Task OpenAsync(IPage page, string which)
    {
        switch (which)
        {
            case "register":
                await page.GotoAsync("/Petitions/Register");
                break;
            case "register-errors":
                await page.GotoAsync("/Petitions/Register");
                await page.GetByRole(AriaRole.Button, new() { Name = Text("Petitions.RegisterSubmit"), Exact = true }).ClickAsync();
                await Expect(page.Locator(".error-summary li").First).ToBeVisibleAsync();
                break;
            case "petition":
                await RegisterLetterAsync(page, "Phản ánh ô nhiễm tiếng ồn tại tổ 5");
                // Classified as another body's matter, the letter offers most of the Front's step forms (forward, guide, file, …).
                await TakeStepAsync(page, PetitionAction.Classify, form => form.Locator("#Step_Competence").SelectOptionAsync(nameof(Competence.OtherBody)));
                await Expect(StepDetails(page, PetitionAction.Forward)).ToHaveCountAsync(1);
                // Closed <details> hide their forms from axe: open every step form so that each one is checked.
                await page.Locator("details").EvaluateAllAsync<int>("all => all.map(d => d.open = true).length");
                await Expect(page.Locator("details:not([open])")).ToHaveCountAsync(0);
                break;
            case "queue":
                await RegisterLetterAsync(page, "Kiến nghị về lịch cắt điện");
                await page.GotoAsync("/Petitions");
                await Expect(page.Locator("table.data tbody tr").First).ToBeVisibleAsync();
                break;
            case "portal-submit":
                await page.GotoAsync("/Portal/Submit");
                break;
            case "portal-receipt":
                await page.GotoAsync("/Portal/Submit");
                await SubmitOnPortalAsync(page, "Đèn đường tổ 7 hỏng nhiều ngày");
                break;
            case "portal-track":
                await page.GotoAsync("/Portal/Submit");
                var (code, secret) = await SubmitOnPortalAsync(page, "Rác thải tồn đọng ở chợ Đồng Quang");
                await page.GotoAsync("/Portal/Track");
                await page.GetByLabel(Text("Petitions.TrackingCode"), Exact).FillAsync(code);
                await page.GetByLabel(Text("Portal.Secret"), Exact).FillAsync(secret);
                await page.GetByRole(AriaRole.Button, new() { Name = Text("Portal.Track"), Exact = true }).ClickAsync();
                await Expect(page.Locator("#status")).ToBeVisibleAsync();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(which), which, null);
        }
    }

    /// <summary>Fills the register form with a complaint from one sender, as a reception officer would.</summary>
    private static async Task FillLetterAsync(IPage page, string subject)
    {
        await page.Locator("#Input_Channel").SelectOptionAsync(nameof(Channel.Post));
        await page.Locator("#Input_Kind").SelectOptionAsync(nameof(PetitionKind.Complaint));
        await page.Locator("#Input_FieldCode").SelectOptionAsync(PetitionFields.LandRecovery);
        await page.Locator("#Input_Subject").FillAsync(subject);
        await page.Locator("#Input_Content").FillAsync(
            "Kính gửi Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên. Thửa đất số 123, tờ bản đồ số 45 xã Đại Phúc của gia đình tôi bị thu hồi không đúng quy định.");
        await page.Locator("#Input_Senders_0_FullName").FillAsync("Nguyễn Văn An");
        await page.Locator("#Input_Senders_0_IdNumber").FillAsync(ValidId);
        await page.Locator("#Input_Senders_0_Phone").FillAsync("0912 345 678");
        await page.Locator("#Input_Senders_0_Address").FillAsync("Xóm Đồng, xã Đại Phúc, tỉnh Thái Nguyên");
    }

    [Fact]
    public async Task Register_AfterAddingASender_RegistersWithTheButtonOrWithEnter()
    {
        await using var context = await browser.NewContextAsync();
        var page = await SignedInPageAsync(context, "mttq.tiepdan");
        foreach (var withEnter in new[] { false, true })
        {
            var subject = withEnter ? "Phản ánh đèn đường hỏng ở tổ 5" : "Phản ánh rác thải ở chợ Túc Duyên";
            await page.GotoAsync("/Petitions/Register");
            await FillLetterAsync(page, subject);
            // "Add a sender" posts to ?handler=AddSender; the page comes back with a second sender row and what was typed.
            await page.GetByRole(AriaRole.Button, new() { Name = Text("Petitions.AddSender"), Exact = true }).ClickAsync();
            await Expect(page.Locator("#Input_Senders_1_FullName")).ToBeVisibleAsync();
            await Expect(page.Locator("#Input_Subject")).ToHaveValueAsync(subject);

            if (withEnter)
                await page.Locator("#Input_Senders_0_FullName").PressAsync("Enter");
            else
                await page.GetByRole(AriaRole.Button, new() { Name = Text("Petitions.RegisterSubmit"), Exact = true }).ClickAsync();

            await Expect(page).ToHaveURLAsync(PetitionUrl());
            await Expect(page.Locator("h1")).ToContainTextAsync(subject);
        }
    }

    private async Task RegisterLetterAsync(IPage page, string subject)
    {
        await page.GotoAsync("/Petitions/Register");
        await FillLetterAsync(page, subject);
        await page.GetByRole(AriaRole.Button, new() { Name = Text("Petitions.RegisterSubmit"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PetitionUrl());
        await Expect(page.Locator("h1")).ToContainTextAsync(subject);
    }

    /// <summary>Fills the portal form shown on <paramref name="page"/>, sends it and returns the receipt.</summary>
    private async Task<(string Code, string Secret)> SubmitOnPortalAsync(IPage page, string subject)
    {
        await page.GetByLabel(Text("Portal.SendTo"), Exact).SelectOptionAsync("MTTQ-TN");
        await page.GetByRole(AriaRole.Radio, new() { Name = Text("PetitionKind.Feedback"), Exact = true }).CheckAsync();
        await page.GetByLabel(Text("Petitions.Field.Subject"), Exact).FillAsync(subject);
        await page.GetByLabel(Text("Petitions.Field.Content"), Exact).FillAsync("Đề nghị chính quyền kiểm tra, khắc phục sớm để bảo đảm an toàn cho người dân.");
        await page.GetByLabel(Text("Petitions.Field.FullName"), Exact).FillAsync("Đinh Văn Toàn");
        await page.GetByLabel(Text("Petitions.Field.IdNumber"), Exact).FillAsync(ValidId);
        await page.GetByLabel(Text("Petitions.Field.Phone"), Exact).FillAsync("0383 456 789");
        await page.GetByRole(AriaRole.Checkbox, new() { Name = Text("Portal.Confirm") }).CheckAsync();
        // The form refuses posts sent sooner than a person could fill it in, measured on the app's clock, which is stopped.
        browser.App.Clock.Advance(TimeSpan.FromSeconds(30));
        await page.GetByRole(AriaRole.Button, new() { Name = Text("Portal.Send"), Exact = true }).ClickAsync();

        await Expect(page.Locator("h1")).ToHaveTextAsync(Text("Portal.ReceiptTitle"));
        await Expect(page.Locator("#tracking-code")).ToHaveTextAsync(TrackingCode());
        await Expect(page.Locator("#secret")).ToHaveTextAsync(new Regex("^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$"));
        return (await page.Locator("#tracking-code").InnerTextAsync(), await page.Locator("#secret").InnerTextAsync());
    }

    /// <summary>Opens a step's form by its summary, lets <paramref name="fill"/> fill it, sends it and waits for the confirmation.</summary>
    private async Task TakeStepAsync(IPage page, PetitionAction step, Func<ILocator, Task>? fill = null)
    {
        var details = StepDetails(page, step);
        await details.Locator("summary").ClickAsync();
        var form = details.Locator("form");
        if (fill is not null)
            await fill(form);
        var action = Text($"PetitionAction.{step}");
        // Every step but classifying asks first, naming the step; the handler says yes.
        string? asked = null;
        void Answer(object? sender, IDialog dialog)
        {
            asked = dialog.Message;
            _ = dialog.AcceptAsync();
        }
        page.Dialog += Answer;
        try
        {
            await form.Locator("button[type=submit]").ClickAsync();
            await Expect(page.Locator(".flash")).ToBeVisibleAsync();
        }
        finally
        {
            page.Dialog -= Answer;
        }
        if (step == PetitionAction.Classify)
            Assert.Null(asked);
        else
            Assert.Contains($"“{action}”", asked, StringComparison.Ordinal);

        if (step == PetitionAction.Forward)
        {
            // "Done: Forward. The forwarded letter's code is {code}."
            var message = string.Format(CultureInfo.InvariantCulture, Text("Petitions.StepDoneForwarded"), action, "CODE");
            await Expect(page.Locator(".flash")).ToContainTextAsync(message[..message.IndexOf("CODE", StringComparison.Ordinal)]);
            await Expect(page.Locator(".flash")).ToContainTextAsync(TrackingCode());
        }
        else
        {
            await Expect(page.Locator(".flash")).ToHaveTextAsync(string.Format(CultureInfo.InvariantCulture, Text("Petitions.StepDone"), action));
        }
    }

    /// <summary>The &lt;details&gt; that holds a step's form (its action carries <c>step=…</c>).</summary>
    private static ILocator StepDetails(IPage page, PetitionAction step) =>
        page.Locator("details.step").Filter(new() { Has = page.Locator($"form[action*='step={step}&'], form[action$='step={step}']") });

    private static ILocator StatusBadge(IPage page) => page.Locator(".page-head .badge");

    // Against clientWidth, not innerWidth: with IsMobile, chromium widens innerWidth to the content (a 600 px element gives
    // innerWidth 612), which would hide the overflow; clientWidth stays at the device's 390 px.
    private static async Task AssertNoHorizontalScrollAsync(IPage page)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{page.Url} scrolls sideways at {widths[1]} px: its content is {widths[0]} px wide.");
    }

    private static async Task<IPage> SignedInPageAsync(IBrowserContext context, string login)
    {
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.FillAsync("#Form_UserName", login);
        await page.FillAsync("#Form_Password", DemoProvinceSeeder.DemoPassword);
        await page.ClickAsync("#login-submit");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        return page;
    }

    private string Text(string key) => browser.App.Text(key);
}
