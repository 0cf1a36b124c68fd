using System.Globalization;
using Microsoft.Playwright;
using PhoiHop.Features.Petitions;
using static Microsoft.Playwright.Assertions;

namespace PhoiHop.IntegrationTests.Browser;

// Issue #5 "Done when", in a real browser: one letter sent to four bodies (the commune's People's Committee, which is
// competent, the Front, the People's Council and the National Assembly Delegation) becomes one matter led by the commune;
// the other three see the matter and are told its outcome. Every step is a form a person fills in.
public sealed partial class PetitionBrowserTests
{
    private const string BinhId = "019085002468";

    private const string FourBodiesLetter =
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Độc lập - Tự do - Hạnh phúc. ĐƠN KHIẾU NẠI. Kính gửi: {0}. "
        + "Tôi là Trần Văn Bình, sinh năm 1985, trú tại xóm Gò Pháo, xã Đại Phúc, tỉnh Thái Nguyên. Tôi khiếu nại Quyết định số 164/QĐ-UBND "
        + "ngày 12/3/2026 của Chủ tịch UBND xã Đại Phúc về việc thu hồi thửa đất số 317, tờ bản đồ số 52 của gia đình tôi. Diện tích 450 m2 đất "
        + "nông nghiệp gia đình tôi canh tác ổn định từ năm 1993, không có tranh chấp, nhưng xã thu hồi mà không thông báo trước, không bồi thường "
        + "và không bố trí tái định cư. Đề nghị xem xét hủy quyết định trên, bồi thường đúng quy định. Tôi xin chân thành cảm ơn.";

    [Fact]
    public async Task OneLetterToFourBodies_BecomesOneMatterLedByTheCommune_TheOthersSeeItAndAreToldTheOutcome()
    {
        const string subject = "Khiếu nại quyết định thu hồi thửa đất 317";
        const string decision = "Hủy Quyết định số 164/QĐ-UBND, bồi thường cho hộ ông Bình";
        await using var communeContext = await browser.NewContextAsync();
        var commune = await SignedInPageAsync(communeContext, "xa.daiphuc");
        var others = new List<(IPage Page, string Code)>();
        var contexts = new List<IBrowserContext>();
        try
        {
            await FourBodiesAsync(commune, subject, decision, others, contexts);
        }
        finally
        {
            foreach (var context in contexts)
                await context.DisposeAsync();
        }
    }

    private async Task FourBodiesAsync(IPage commune, string subject, string decision, List<(IPage Page, string Code)> others, List<IBrowserContext> contexts)
    {

        // The competent body registers the letter first; the three others receive a copy addressed to them.
        var competentCode = await RegisterCopyAsync(commune, subject, "Chủ tịch UBND xã Đại Phúc");
        var competentUrl = commune.Url;
        foreach (var (login, addressee) in new[]
        {
            ("mttq.tiepdan", "Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên"),
            ("hdnd.lanhdao", "Thường trực HĐND tỉnh Thái Nguyên"),
            ("dbqh.daibieu", "Đoàn đại biểu Quốc hội tỉnh Thái Nguyên"),
        })
        {
            var context = await browser.NewContextAsync();
            contexts.Add(context);
            var page = await SignedInPageAsync(context, login);
            // The "same matter" form asks for confirmation first; the handler says yes.
            page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
            var code = await RegisterCopyAsync(page, subject, addressee);

            // The letter page proposes the commune's letter, with readable reasons, and the handler confirms it.
            var candidate = page.Locator("#candidates tbody tr").Filter(new() { HasText = competentCode });
            await Expect(candidate).ToContainTextAsync("Ủy ban nhân dân xã Đại Phúc");
            await Expect(candidate).ToContainTextAsync(Text("Duplicates.Likely"));
            await Expect(candidate).ToContainTextAsync(Text("Duplicates.Reason.SameIdNumber"));
            await candidate.GetByRole(AriaRole.Button, new() { Name = Text("Duplicates.SameMatter"), Exact = true }).ClickAsync();
            await Expect(page.Locator(".flash")).ToHaveTextAsync(string.Format(CultureInfo.InvariantCulture, Text("Duplicates.Confirmed"), code, competentCode));
            await Expect(page.Locator("#case-links")).ToContainTextAsync(competentCode);
            others.Add((page, code));
        }

        // The commune accepts the complaint and decides it; the matter is led by the commune.
        await commune.GotoAsync(competentUrl);
        await TakeStepAsync(commune, PetitionAction.Classify, async form =>
        {
            await form.Locator("#Step_Kind_Classify").SelectOptionAsync(nameof(PetitionKind.Complaint));
            await form.Locator("#Step_Competence").SelectOptionAsync(nameof(Competence.Own));
            await form.Locator("#Step_ComplaintObject").SelectOptionAsync(nameof(ComplaintObject.AdministrativeDecision));
        });
        await TakeStepAsync(commune, PetitionAction.Accept, form => form.Locator("#Step_Note_Accept").FillAsync("Thụ lý giải quyết lần đầu"));
        await TakeStepAsync(commune, PetitionAction.StartVerification);
        await TakeStepAsync(commune, PetitionAction.Decide, async form =>
        {
            await form.Locator("#Step_FirstInstanceOutcome").SelectOptionAsync(nameof(FirstInstanceOutcome.CancelAll));
            await form.Locator("#Step_Note_Decide").FillAsync(decision);
        });
        await Expect(StatusBadge(commune)).ToHaveTextAsync(Text("PetitionStatus.DecidedFirstInstance"));

        // Each other body is told the outcome, follows the notification to its letter and opens the matter.
        foreach (var (page, code) in others)
        {
            await page.GotoAsync("/Notifications");
            var told = page.Locator("ul.notifications li").Filter(new() { HasText = $"Có kết quả vụ việc của đơn {code}" });
            await Expect(told).ToContainTextAsync(decision);
            await told.GetByRole(AriaRole.Link, new() { Name = Text("Common.View"), Exact = true }).ClickAsync();
            await Expect(page).ToHaveURLAsync(PetitionUrl());
            await Expect(page.Locator("h1")).ToContainTextAsync(code);
            await page.GetByRole(AriaRole.Link, new() { Name = Text("Cases.View"), Exact = true }).ClickAsync();

            await Expect(page.Locator("h1")).ToHaveTextAsync(string.Format(CultureInfo.InvariantCulture, Text("Cases.Title"), competentCode));
            var lead = page.Locator("dl.facts dt").Filter(new() { HasText = Text("Cases.Lead") }).Locator("xpath=following-sibling::dd[1]");
            await Expect(lead).ToHaveTextAsync("Ủy ban nhân dân xã Đại Phúc");
            var letters = page.Locator("#case-letters tbody tr");
            await Expect(letters).ToHaveCountAsync(4);
            var led = page.Locator("#case-letters tbody tr[data-body='UBND-X-DAIPHUC']");
            await Expect(led).ToContainTextAsync(Text("Cases.LeadBadge"));
            await Expect(led).ToContainTextAsync(Text("PetitionStatus.DecidedFirstInstance"));
            await Expect(page.Locator("#case-letters tbody tr.mine")).ToContainTextAsync(
                string.Format(CultureInfo.InvariantCulture, Text("Cases.SentToManyOf"), competentCode));
            await Expect(page.Locator("ol.timeline")).ToContainTextAsync(decision);
        }
    }

    /// <summary>Registers the four-bodies letter at the signed-in user's body and returns its tracking code.</summary>
    private async Task<string> RegisterCopyAsync(IPage page, string subject, string addressee)
    {
        await page.GotoAsync("/Petitions/Register");
        await page.Locator("#Input_Channel").SelectOptionAsync(nameof(Channel.Post));
        await page.Locator("#Input_Kind").SelectOptionAsync(nameof(PetitionKind.Complaint));
        await page.Locator("#Input_FieldCode").SelectOptionAsync(PetitionFields.LandRecovery);
        await page.Locator("#Input_Subject").FillAsync(subject);
        await page.Locator("#Input_Content").FillAsync(FourBodiesLetter.Replace("{0}", addressee, StringComparison.Ordinal));
        await page.Locator("#Input_Senders_0_FullName").FillAsync("Trần Văn Bình");
        await page.Locator("#Input_Senders_0_IdNumber").FillAsync(BinhId);
        await page.Locator("#Input_Senders_0_Phone").FillAsync("0912 468 024");
        await page.Locator("#Input_Senders_0_Address").FillAsync("Xóm Gò Pháo, xã Đại Phúc");
        await page.GetByRole(AriaRole.Button, new() { Name = Text("Petitions.RegisterSubmit"), Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(PetitionUrl());
        await Expect(page.Locator(".flash")).ToContainTextAsync(TrackingCode());
        return TrackingCode().Match(await page.Locator(".flash").InnerTextAsync()).Value;
    }
}
