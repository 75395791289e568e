using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Gehoord.Web.Tests.Infrastructure;

/// <summary>
/// A cookie-keeping HTTP client that fills in forms the way a browser would: it reads the
/// antiforgery token from the page it posts from, so antiforgery stays switched on in tests.
/// </summary>
public sealed class Browser : IDisposable
{
    private static readonly HtmlParser Parser = new();
    private readonly HttpClient _client;

    public Browser(GehoordFactory factory)
        : this(factory, factory?.Address ?? throw new ArgumentNullException(nameof(factory)))
    {
    }

    /// <summary>A browser on a host made from a factory (WithWebHostBuilder), at the default address.</summary>
    public Browser(WebApplicationFactory<Program> factory)
        : this(factory, new WebApplicationFactoryClientOptions().BaseAddress)
    {
    }

    /// <summary>A browser on another address, e.g. https://localhost for flows whose cookies are Secure (single sign-on).</summary>
    public Browser(WebApplicationFactory<Program> factory, Uri baseAddress)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = baseAddress });
    }

    /// <summary>
    /// A browser that keeps its cookies in <paramref name="cookies"/>: another host of the app
    /// (on a restored database, say) then gets the sign-in this browser made on the first.
    /// </summary>
    public Browser(GehoordFactory factory, CookieContainer cookies)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _client = factory.CreateDefaultClient(factory.Address, new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler(cookies));
    }

    public HttpClient Http => _client;

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetAsync(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Parser.ParseDocumentAsync(html));
    }

    /// <summary>Loads <paramref name="pageUrl"/>, fills the form it contains and submits it.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(
        string pageUrl, IDictionary<string, string> fields, string? formSelector = null)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var (page, document) = await GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var target = document.QuerySelector(formSelector ?? "main form")
            ?? throw new InvalidOperationException($"No form {formSelector} on {pageUrl}.");
        if (target is IHtmlFormElement form)
        {
            return await SubmitAsync(form, pageUrl, fields);
        }

        // A part of a one-form page (or a step's button): its form, to the formaction of the
        // part's own button if it has one.
        var whole = target.Closest("form") as IHtmlFormElement ?? throw new InvalidOperationException($"{formSelector} on {pageUrl} is not in a form.");
        if ((target is IHtmlButtonElement ? target : target.QuerySelector("button[formaction]")) is { } button)
        {
            whole.SetAttribute("action", button.GetAttribute("formaction"));
        }

        return await SubmitAsync(whole, pageUrl, fields);
    }

    /// <summary>
    /// Submits the form of the button matched by <paramref name="buttonSelector"/> to that
    /// button's <c>formaction</c>: a one-form page has a button per step.
    /// </summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitWithButtonAsync(
        string pageUrl, IDictionary<string, string> fields, string buttonSelector)
    {
        var (page, document) = await GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var button = (IHtmlButtonElement?)document.QuerySelector(buttonSelector) ?? throw new InvalidOperationException($"No button {buttonSelector} on {pageUrl}.");
        var form = button.Form ?? throw new InvalidOperationException($"The button {buttonSelector} is not in a form.");
        form.SetAttribute("action", button.GetAttribute("formaction") ?? form.GetAttribute("action"));
        return await SubmitAsync(form, pageUrl, fields);
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitAsync(
        IHtmlFormElement form, string pageUrl, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(fields);
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            if (!fields.ContainsKey(input.Name ?? string.Empty))
            {
                values.Add(new(input.Name ?? string.Empty, input.Value));
            }
        }

        values.AddRange(fields);
        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        var response = await _client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Parser.ParseDocumentAsync(html));
    }

    /// <summary>
    /// Submits a form as a browser would: every control with its current value (text, text
    /// areas, checked choices, selected options), then <paramref name="fields"/> on top, to the
    /// <c>formaction</c> of the button matched by <paramref name="submitterSelector"/>.
    /// </summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitLikeBrowserAsync(
        IHtmlDocument page, string pageUrl, string formSelector, string submitterSelector, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(fields);
        var form = (IHtmlFormElement?)page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {pageUrl}.");
        var submitter = form.QuerySelector(submitterSelector) ?? throw new InvalidOperationException($"No button {submitterSelector} in {formSelector}.");
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var input in form.QuerySelectorAll("input").OfType<IHtmlInputElement>().Where(i => !i.IsDisabled && !string.IsNullOrEmpty(i.Name)))
        {
            if (input.Type is "radio" or "checkbox" ? input.IsChecked : input.Type is not ("submit" or "button" or "file"))
            {
                values[input.Name!] = input.Value;
            }
        }

        foreach (var area in form.QuerySelectorAll("textarea").OfType<IHtmlTextAreaElement>().Where(a => !a.IsDisabled && !string.IsNullOrEmpty(a.Name)))
        {
            values[area.Name!] = area.Value;
        }

        foreach (var select in form.QuerySelectorAll("select").OfType<IHtmlSelectElement>().Where(s => !s.IsDisabled && !string.IsNullOrEmpty(s.Name)))
        {
            values[select.Name!] = select.Value ?? string.Empty;
        }

        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        var action = submitter.GetAttribute("formaction") is { Length: > 0 } formAction ? formAction
            : string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        var response = await _client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(values));
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Parser.ParseDocumentAsync(html));
    }

    /// <summary>Like <see cref="SubmitAsync(string, IDictionary{string, string}, string?)"/>, as multipart with files.</summary>
    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> SubmitWithFilesAsync(
        string pageUrl,
        IEnumerable<KeyValuePair<string, string>> fields,
        IEnumerable<(string Field, string FileName, string ContentType, byte[] Data)> files)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(files);
        var (page, document) = await GetAsync(pageUrl);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = (IHtmlFormElement)document.QuerySelector("main form")!;
        return await PostMultipartAsync(form, pageUrl, fields, files);
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> PostMultipartAsync(
        IHtmlFormElement form,
        string pageUrl,
        IEnumerable<KeyValuePair<string, string>> fields,
        IEnumerable<(string Field, string FileName, string ContentType, byte[] Data)> files)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(files);
        using var content = new MultipartFormDataContent();
        var given = fields.ToList();
        foreach (var input in form.QuerySelectorAll("input[type=hidden]").OfType<IHtmlInputElement>())
        {
            if (given.All(f => f.Key != input.Name))
            {
                content.Add(new StringContent(input.Value), input.Name ?? string.Empty);
            }
        }

        foreach (var (key, value) in given)
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (field, fileName, contentType, data) in files)
        {
            var file = new ByteArrayContent(data);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
            content.Add(file, field, fileName);
        }

        var action = string.IsNullOrEmpty(form.GetAttribute("action")) ? pageUrl : form.GetAttribute("action")!;
        var response = await _client.PostAsync(new Uri(action, UriKind.Relative), content);
        var html = await response.Content.ReadAsStringAsync();
        return (response, await Parser.ParseDocumentAsync(html));
    }

    public async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        var (response, _) = await SubmitAsync("/Account/Login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return response;
    }

    public void Dispose() => _client.Dispose();
}
