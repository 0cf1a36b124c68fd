using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Io;
using PhoiHop.Infrastructure.Data.Seed;

namespace PhoiHop.IntegrationTests.Testing;

/// <summary>
/// Real form posts without a browser: GET a page, fill its form, post it with the antiforgery token the page carries
/// and the cookies the client holds (AspNetCore.Docs' AngleSharp approach).
/// </summary>
public static class HtmlForms
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<IHtmlDocument> GetDocumentAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, Ct);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} answered {(int)response.StatusCode} {response.StatusCode}, not 200.");
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        var address = response.RequestMessage?.RequestUri ?? new Uri("http://localhost/");
        var document = await BrowsingContext.New(Configuration.Default)
            .OpenAsync(r => r.Content(html).Address(address).Status(response.StatusCode), Ct);
        return (IHtmlDocument)document;
    }

    /// <summary>
    /// Fills the fields (by name) of the form found by <paramref name="formSelector"/> and submits it as the button
    /// <paramref name="submitSelector"/> would (first submit button when null).
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IHtmlDocument page,
        IReadOnlyDictionary<string, string> fields, string formSelector = "main form", string? submitSelector = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Url}.");
        foreach (var (name, value) in fields)
        {
            switch (form.Elements[name])
            {
                // A radio group: pick the button with that value.
                case IHtmlInputElement { Type: "radio" } when !bool.TryParse(value, out _):
                    var radio = form.QuerySelectorAll<IHtmlInputElement>("input[type=radio]").FirstOrDefault(r => r.Name == name && r.Value == value)
                        ?? throw new InvalidOperationException($"No radio button '{name}' = '{value}' in form '{formSelector}' on {page.Url}.");
                    radio.IsChecked = true;
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    box.IsChecked = bool.Parse(value);
                    break;
                case IHtmlInputElement input:
                    input.Value = value;
                    break;
                case IHtmlTextAreaElement area:
                    area.Value = value;
                    break;
                case IHtmlSelectElement select:
                    select.Value = value;
                    break;
                default:
                    throw new InvalidOperationException($"No field '{name}' in form '{formSelector}' on {page.Url}.");
            }
        }

        var submitter = form.QuerySelector<IHtmlElement>(submitSelector ?? "button[type=submit], input[type=submit]")
            ?? throw new InvalidOperationException($"No submit button in form '{formSelector}' on {page.Url}.");
        var submission = form.GetSubmission(submitter)
            ?? throw new InvalidOperationException($"Form '{formSelector}' on {page.Url} cannot be submitted.");

        using var request = new HttpRequestMessage(new System.Net.Http.HttpMethod(submission.Method.ToString().ToUpperInvariant()), submission.Target.Href);
        if (submission.Method == AngleSharp.Io.HttpMethod.Post)
        {
            request.Content = new StreamContent(submission.Body);
            foreach (var (name, value) in submission.Headers)
            {
                if (name.Equals(HeaderNames.ContentType, StringComparison.OrdinalIgnoreCase))
                    request.Content.Headers.TryAddWithoutValidation(name, value);
            }
        }
        return await client.SendAsync(request, Ct);
    }

    /// <summary>Signs in through the login form; fails the test unless the app redirects to the home page.</summary>
    public static async Task LoginAsync(HttpClient client, string login, string password = DemoProvinceSeeder.DemoPassword)
    {
        var page = await GetDocumentAsync(client, "/Account/Login");

        using var response = await SubmitAsync(client, page,
            new Dictionary<string, string> { ["Form.UserName"] = login, ["Form.Password"] = password }, submitSelector: "#login-submit");

        if (response.StatusCode != HttpStatusCode.Redirect || response.Headers.Location?.OriginalString != "/")
        {
            var body = await response.Content.ReadAsStringAsync(Ct);
            throw new InvalidOperationException($"Login as {login} answered {(int)response.StatusCode} → {response.Headers.Location}, not a redirect to /:\n{body[..Math.Min(body.Length, 2000)]}");
        }
    }
}
