using Acornima;

namespace DoiThoai.Reports.Tests.Addin.Pages;

/// <summary>Office 2016/2019 run task panes in Internet Explorer 11: every script the host ships must be ES5.</summary>
[TestClass]
public sealed class ShippedScriptsTest
{
    [TestMethod]
    public void Every_shipped_script_parses_as_ES5()
    {
        var scripts = Directory.GetFiles(BuiltPages.Root, "*.js", SearchOption.AllDirectories);
        Assert.IsNotEmpty(scripts, "the build wrote no script");
        var parser = new Parser(new ParserOptions { EcmaVersion = EcmaVersion.ES5 });
        var failures = new List<string>();
        foreach (var script in scripts)
        {
            try
            {
                parser.ParseScript(File.ReadAllText(script), Path.GetFileName(script));
            }
            catch (ParseErrorException ex)
            {
                failures.Add($"{Path.GetRelativePath(BuiltPages.Root, script)}: {ex.Message}");
            }
        }

        Assert.IsEmpty(failures, string.Join(Environment.NewLine, failures));
    }

    [TestMethod]
    public void The_ES5_check_refuses_later_syntax()
    {
        // Guards the guard: if the parser accepted ES2015, the test above would pass on anything.
        var parser = new Parser(new ParserOptions { EcmaVersion = EcmaVersion.ES5 });
        foreach (var code in new[] { "let a = 1;", "var f = x => x;", "class A {}", "var s = `t`;", "const b = 2;" })
        {
            Assert.ThrowsExactly<SyntaxErrorException>(() => parser.ParseScript(code), code);
        }
    }

    [TestMethod]
    public void The_Office_fake_is_not_shipped()
    {
        Assert.IsEmpty(Directory.GetFiles(BuiltPages.Root, "fake-office*", SearchOption.AllDirectories));
        foreach (var script in Directory.GetFiles(BuiltPages.Root, "*.js", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(script);
            Assert.DoesNotContain("__fakeWord", text, script);
            Assert.DoesNotContain("__fakeOutlook", text, script);
        }
    }
}
