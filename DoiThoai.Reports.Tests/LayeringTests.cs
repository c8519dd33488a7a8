using System.Reflection;
using System.Reflection.Emit;
using DoiThoai.Reports.Workspace;

namespace DoiThoai.Reports.Tests;

/// <summary>
/// The library's areas (<c>DoiThoai.Reports.Schools</c>, <c>.Submissions</c>, <c>.Workbooks</c>…) depend on each other
/// in one direction only, read from the compiled library: every type a signature names and every type, method or field
/// a method body uses (its IL), compiler-made types (lambdas, async state machines) included. A using directive or a
/// partly qualified name in the source cannot hide a dependency from it.
/// </summary>
[TestClass]
public sealed class LayeringTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, SortedSet<string>>> Areas = new(() => AreaGraph.Of(typeof(SchoolWorkspace).Assembly));

    [TestMethod]
    public void The_areas_depend_on_each_other_without_a_circle()
    {
        var left = Areas.Value.ToDictionary(a => a.Key, a => new SortedSet<string>(a.Value.Where(Areas.Value.ContainsKey)));
        while (left.FirstOrDefault(a => a.Value.Count == 0).Key is { } bottom)
        {
            left.Remove(bottom);
            foreach (var uses in left.Values)
            {
                uses.Remove(bottom);
            }
        }

        Assert.IsEmpty(left, "in a circle: " + string.Join("; ", left.Select(a => $"{a.Key} → {string.Join(", ", a.Value)}")));
    }

    [TestMethod]
    [DataRow("Schools")]
    [DataRow("Scheduling")]
    [DataRow("Submissions")]
    [DataRow("Documents")]
    [DataRow("Mail")]
    public void What_the_school_does_does_not_know_where_the_workbook_is_kept(string area)
    {
        // Submissions hold the parser and the write-back contract; Workbooks holds the sources and writers that use them.
        Assert.DoesNotContain("Workbooks", Areas.Value[area], $"{area} uses Workbooks");
        Assert.DoesNotContain("Workspace", Areas.Value[area], $"{area} uses Workspace");
    }

    [TestMethod]
    public void The_school_profile_is_the_bottom()
    {
        Assert.IsEmpty(Areas.Value["Schools"], string.Join(", ", Areas.Value["Schools"]));
    }

    [TestMethod]
    public void The_reading_sees_dependencies_that_live_only_in_method_bodies()
    {
        // The workspace's task methods call the workbook writers and the document renderers inside async bodies.
        CollectionAssert.IsSubsetOf(new[] { "Documents", "Submissions", "Workbooks" }, Areas.Value["Workspace"].ToList());
        Assert.Contains("Submissions", Areas.Value["Workbooks"]);
    }

    /// <summary>Area → the other areas its types use.</summary>
    private static class AreaGraph
    {
        private const string Root = "DoiThoai.Reports.";
        private static readonly OpCode[] OneByte = new OpCode[0x100];
        private static readonly OpCode[] TwoByte = new OpCode[0x100];

        static AreaGraph()
        {
            foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
            {
                var code = (OpCode)field.GetValue(null)!;
                var value = (ushort)code.Value;
                if (value < 0x100)
                {
                    OneByte[value] = code;
                }
                else
                {
                    TwoByte[value & 0xff] = code;
                }
            }
        }

        public static IReadOnlyDictionary<string, SortedSet<string>> Of(Assembly library)
        {
            var graph = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
            foreach (var type in library.GetTypes())
            {
                if (AreaOf(type) is not { } area)
                {
                    continue;
                }

                var uses = graph.TryGetValue(area, out var set) ? set : graph[area] = new SortedSet<string>(StringComparer.Ordinal);
                foreach (var used in Used(type).SelectMany(Expand))
                {
                    if (used.Assembly == library && AreaOf(used) is { } other && other != area)
                    {
                        uses.Add(other);
                    }
                }
            }

            return graph;
        }

        private static string? AreaOf(Type type) =>
            type.Namespace is { } ns && ns.StartsWith(Root, StringComparison.Ordinal) ? ns[Root.Length..].Split('.')[0] : null;

        private static IEnumerable<Type> Used(Type type)
        {
            const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
            if (type.BaseType is { } baseType)
            {
                yield return baseType;
            }

            foreach (var used in type.GetInterfaces())
            {
                yield return used;
            }

            foreach (var field in type.GetFields(all))
            {
                yield return field.FieldType;
            }

            foreach (var property in type.GetProperties(all))
            {
                yield return property.PropertyType;
            }

            foreach (var method in type.GetMethods(all).Cast<MethodBase>().Concat(type.GetConstructors(all)))
            {
                if (method is MethodInfo info)
                {
                    yield return info.ReturnType;
                }

                foreach (var parameter in method.GetParameters())
                {
                    yield return parameter.ParameterType;
                }

                foreach (var used in InBody(method))
                {
                    yield return used;
                }
            }
        }

        /// <summary>The types of every type, method and field token in the method's IL.</summary>
        private static IEnumerable<Type> InBody(MethodBase method)
        {
            var il = method.GetMethodBody()?.GetILAsByteArray();
            if (il is null)
            {
                yield break;
            }

            var typeArguments = method.DeclaringType is { IsGenericType: true } owner ? owner.GetGenericArguments() : null;
            var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
            for (var at = 0; at < il.Length;)
            {
                var code = il[at] == 0xFE ? TwoByte[il[at + 1]] : OneByte[il[at]];
                at += code.Size;
                if (code.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok)
                {
                    if (Resolve(method.Module, BitConverter.ToInt32(il, at), typeArguments, methodArguments) is { } member)
                    {
                        foreach (var used in TypesOf(member))
                        {
                            yield return used;
                        }
                    }
                }

                at += code.OperandType switch
                {
                    OperandType.InlineNone => 0,
                    OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                    OperandType.InlineVar => 2,
                    OperandType.InlineI8 or OperandType.InlineR => 8,
                    OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                    _ => 4,
                };
            }
        }

        private static MemberInfo? Resolve(Module module, int token, Type[]? typeArguments, Type[]? methodArguments)
        {
            try
            {
                return module.ResolveMember(token, typeArguments, methodArguments);
            }
            catch (Exception ex) when (ex is ArgumentException or TypeLoadException or FileNotFoundException or FileLoadException or MissingMemberException)
            {
                // A member of another assembly that cannot be loaded here is no dependency between our areas.
                return null;
            }
        }

        private static IEnumerable<Type> TypesOf(MemberInfo member)
        {
            switch (member)
            {
                case Type type:
                    yield return type;
                    break;
                case FieldInfo field:
                    yield return field.DeclaringType!;
                    yield return field.FieldType;
                    break;
                case MethodBase method:
                    yield return method.DeclaringType!;
                    if (method.IsGenericMethod)
                    {
                        foreach (var argument in method.GetGenericArguments())
                        {
                            yield return argument;
                        }
                    }

                    break;
            }
        }

        /// <summary>A type and what it is made of: generic arguments, element types of arrays and references.</summary>
        private static IEnumerable<Type> Expand(Type? type)
        {
            if (type is null || type.IsGenericParameter)
            {
                yield break;
            }

            if (type.HasElementType)
            {
                foreach (var inner in Expand(type.GetElementType()))
                {
                    yield return inner;
                }

                yield break;
            }

            yield return type;
            if (type.IsGenericType)
            {
                foreach (var argument in type.GetGenericArguments().SelectMany(Expand))
                {
                    yield return argument;
                }
            }
        }
    }
}
