using Gehoord.BrowserTests.Infrastructure;
using Xunit.Abstractions;

namespace Gehoord.BrowserTests;

/// <summary>The gate itself: it must catch what it is there for, or its green means nothing.</summary>
[Collection(BrowserSuite.Name)]
public sealed class GateTests(BrowserFixture browser, ITestOutputHelper output)
{
    [Fact]
    public async Task The_gate_catches_a_missing_label_on_the_complaint_form()
    {
        var page = await browser.NewPageAsync(390, 844, isMobile: true);
        try
        {
            await page.GotoAsync("/klacht");
            Assert.Empty(await PageGate.AxeViolationsAsync(page));

            // Break the form the way a careless change would: the story field loses its label.
            await page.EvaluateAsync("() => document.querySelector('label[for=\"Input_Story\"]').remove()");

            var violations = await PageGate.AxeViolationsAsync(page);
            output.WriteLine(PageGate.Describe(violations));
            var label = Assert.Single(violations, v => v.Id == "label");
            Assert.Contains(label.Nodes, n => n.Html.Contains("Input_Story", StringComparison.Ordinal));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_gate_catches_invalid_HTML()
    {
        var messages = await HtmlChecker.CheckAsync(
        [
            ("valid", "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Goed</title></head><body><p>Goed.</p></body></html>"),
            ("invalid", "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>Fout</title></head><body><p>Een <div>blok</p> in een alinea.<label for=\"nergens\">Naam</label></body></html>"),
        ]);

        foreach (var message in messages)
        {
            output.WriteLine(message.ToString());
        }

        Assert.DoesNotContain(messages, m => m.Document == "valid" && m.IsError);
        Assert.Contains(messages, m => m.Document == "invalid" && m.IsError && m.Message.Contains("“for” attribute", StringComparison.Ordinal) && m.Extract!.Contains("nergens", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Document == "invalid" && m.IsError && m.Line == 1 && m.Extract is not null);
    }
}
