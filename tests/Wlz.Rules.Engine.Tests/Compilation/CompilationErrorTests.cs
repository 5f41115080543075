using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Compilation;

public sealed class CompilationErrorTests
{
    [Fact]
    public void Compile_VariableUsedBeforeBound_ThrowsNamingRuleAndExpression()
    {
        // Act
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(UsedBeforeBound)));

        // Assert
        Assert.Equal("Bad.UsedBeforeBound", exception.RuleId);
        Assert.Equal("x => (x.ClientId == c.Id)", exception.Expression);
        Assert.Equal(
            "Rule 'Bad.UsedBeforeBound' cannot be compiled: variable 'c' is used before it is bound (or outside the group that binds it). Expression: x => (x.ClientId == c.Id)",
            exception.Message);
    }

    [Fact]
    public void Compile_VariableNeverBound_Throws()
    {
        // Act
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(NeverBound)));

        // Assert
        Assert.Equal(
            "Rule 'Bad.NeverBound' cannot be compiled: variable 'c' is never bound by Match, Collect or Let (a captured local with a null or default value is taken for an unbound variable). Expression: x => (x.ClientId == c.Id)",
            exception.Message);
    }

    [Fact]
    public void Compile_LetReferencingLaterVariable_Throws()
    {
        // Act
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(LetBeforeMatch)));

        // Assert
        Assert.Equal(
            "Rule 'Bad.LetBeforeMatch' cannot be compiled: variable 'a' is used before it is bound (or outside the group that binds it). Expression: Let(() => start, () => a.Start)",
            exception.Message);
    }

    [Fact]
    public void Compile_BindingIsNotALocal_Throws()
    {
        // Act
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(BindsProperty)));

        // Assert
        Assert.Equal(
            "Rule 'Bad.BindsProperty' cannot be compiled: the binding '() => Current' is not supported; bind a local variable of exactly the matched type, written as () => variable. Expression: Match<Client>(() => Current)",
            exception.Message);
    }

    [Fact]
    public void Compile_VariableBoundTwice_Throws()
    {
        // Act
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(BoundTwice)));

        // Assert
        Assert.Equal("Rule 'Bad.BoundTwice' cannot be compiled: variable 'c' is bound more than once. Expression: Match<Client>(() => c)", exception.Message);
    }

    [Fact]
    public void Compile_GroupVariableUsedOutsideGroup_Throws()
    {
        // Act
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(GroupVariableOutside)));

        // Assert
        Assert.Equal(
            "Rule 'Bad.GroupVariableOutside' cannot be compiled: variable 'a' is used before it is bound (or outside the group that binds it). Expression: () => (a.Start > 1)",
            exception.Message);
    }

    [Fact]
    public void Compile_NegationOfOwnInsert_ThrowsNegationCycle()
    {
        // Act
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(SelfNegation)));

        // Assert
        Assert.Equal(
            "Rule 'Bad.SelfNegation' cannot be compiled: negation cycle: it tests InCare, which rule 'Bad.SelfNegation' inserts, and that rule depends on it (Bad.SelfNegation). Expression: Not<InCare>(i => (i.AssignmentId == a.Id))",
            exception.Message);
    }

    [Fact]
    public void Compile_NegationCycleAcrossTwoRules_Throws()
    {
        // Act
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(CycleA), typeof(CycleB)));

        // Assert
        Assert.Equal(
            "Rule 'Bad.CycleA' cannot be compiled: negation cycle: it tests Signal, which rule 'Bad.CycleB' inserts, and that rule depends on it (Bad.CycleB -> Bad.CycleA -> ... -> Bad.CycleB). Expression: Not<Signal>(s => (s.Subject == a.Id))",
            exception.Message);
    }

    [Fact]
    public void Compile_DuplicateRuleId_Throws()
    {
        // Act
        var exception = Assert.Throws<RuleCompilationException>(() => TestEngine.Compile(typeof(CycleA), typeof(SameIdAsCycleA)));

        // Assert
        Assert.Equal("Bad.CycleA", exception.RuleId);
        Assert.StartsWith("Rule 'Bad.CycleA' cannot be compiled: two rule classes have the same id.", exception.Message, StringComparison.Ordinal);
    }

    [RuleId("Bad.UsedBeforeBound")]
    public sealed class UsedBeforeBound : Rule
    {
        public override void Define()
        {
            Client c = null!;
            Assignment a = null!;
            When()
                .Match(() => a, x => x.ClientId == c.Id)
                .Match(() => c);
            Then().Yield(_ => a);
        }
    }

    [RuleId("Bad.NeverBound")]
    public sealed class NeverBound : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match<Assignment>(x => x.ClientId == c.Id);
        }
    }

    [RuleId("Bad.LetBeforeMatch")]
    public sealed class LetBeforeMatch : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            int start = 0;
            When()
                .Let(() => start, () => a.Start)
                .Match(() => a);
        }
    }

    [RuleId("Bad.BindsProperty")]
    public sealed class BindsProperty : Rule
    {
        public Client Current { get; } = new("c");

        public override void Define() => When().Match(() => Current);
    }

    [RuleId("Bad.BoundTwice")]
    public sealed class BoundTwice : Rule
    {
        public override void Define()
        {
            Client c = null!;
            When().Match(() => c).Match(() => c);
        }
    }

    [RuleId("Bad.GroupVariableOutside")]
    public sealed class GroupVariableOutside : Rule
    {
        public override void Define()
        {
            Client c = null!;
            Assignment a = null!;
            When()
                .Match(() => c)
                .Exists(g => g.Match(() => a, x => x.ClientId == c.Id))
                .Having(() => a.Start > 1);
        }
    }

    [RuleId("Bad.SelfNegation")]
    public sealed class SelfNegation : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When()
                .Match(() => a)
                .Not<InCare>(i => i.AssignmentId == a.Id);
            Then().Insert(_ => new InCare(a.Id));
        }
    }

    [RuleId("Bad.CycleA")]
    public sealed class CycleA : Rule
    {
        public override void Define()
        {
            Assignment a = null!;
            When()
                .Match(() => a)
                .Not<Signal>(s => s.Subject == a.Id);
            Then().Insert(_ => new InCare(a.Id));
        }
    }

    [RuleId("Bad.CycleB")]
    public sealed class CycleB : Rule
    {
        public override void Define()
        {
            InCare i = null!;
            When().Match(() => i);
            Then().Insert(_ => new Signal("b", i.AssignmentId));
        }
    }

    [RuleId("Bad.CycleA")]
    public sealed class SameIdAsCycleA : Rule
    {
        public override void Define() => When().Match<Client>();
    }
}
