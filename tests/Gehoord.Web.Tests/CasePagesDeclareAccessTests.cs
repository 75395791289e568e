using System.Reflection;
using Gehoord.Web.Features.Access;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gehoord.Web.Tests;

/// <summary>A new page about one case cannot forget the access gate (ADR 10): the filter only guards pages that declare what they need.</summary>
public sealed class CasePagesDeclareAccessTests
{
    [Fact]
    public void Every_page_under_a_case_address_declares_its_access()
    {
        var pages = typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        var caseRoutes = Directory.GetFiles(Path.Combine(Infrastructure.TestFiles.RepositoryRoot(), "src", "Gehoord.Web", "Features"), "*.cshtml", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).FirstOrDefault()?.Contains("\"/Staff/Klachten/{id", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(caseRoutes);
        foreach (var file in caseRoutes)
        {
            var model = File.ReadLines(file).Skip(1).First(l => l.StartsWith("@model ", StringComparison.Ordinal))["@model ".Length..].Trim();
            var type = pages.Single(p => p.FullName == model);
            Assert.True(type.GetCustomAttribute<CaseFileAttribute>(inherit: true) is not null, $"{model} ({Path.GetFileName(file)}) has no [CaseFile]");
        }
    }
}
