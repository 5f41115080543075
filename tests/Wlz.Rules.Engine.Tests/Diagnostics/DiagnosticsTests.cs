using Wlz.Rules.Engine.Diagnostics;
using Wlz.Rules.Engine.Tests.Dsl;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Diagnostics;

public sealed class DiagnosticsTests
{
    [Fact]
    public void Listener_ReceivesInsertedFactsAndFirings()
    {
        // Arrange
        var listener = new RecordingListener();
        var factory = TestEngine.Compile(typeof(ActionTests.DeriveInCare), typeof(ActionTests.ReportInCare));
        var session = factory.CreateSession(new SessionOptions { Listener = listener });
        session.Insert(new Assignment("a1", "c1", 1));

        // Act
        session.Fire();

        // Assert
        Assert.Equal(
            [
                "inserted Assignment { Id = a1, ClientId = c1, Start = 1, End =  } by caller",
                "inserted InCare { AssignmentId = a1 } by Wlz.Rules.Engine.Tests.Dsl.ActionTests+DeriveInCare",
                "fired Wlz.Rules.Engine.Tests.Dsl.ActionTests+DeriveInCare",
                "inserted Signal { Rule = in-care, Subject = a1 } by Wlz.Rules.Engine.Tests.Dsl.ActionTests+ReportInCare",
                "fired Wlz.Rules.Engine.Tests.Dsl.ActionTests+ReportInCare",
            ],
            listener.Events);
    }

    [Fact]
    public void Statistics_WhenEnabled_CountsEvaluationsActivationsAndFirings()
    {
        // Arrange
        var factory = TestEngine.Compile(typeof(ActionTests.DeriveInCare), typeof(ActionTests.ReportInCare));
        var session = factory.CreateSession(new SessionOptions { CollectStatistics = true });
        session.InsertAll([new Assignment("a1", "c1", 1), new Assignment("a2", "c1", 2), new Assignment("a3", "c1", 30)]);

        // Act
        var result = session.Fire();

        // Assert: round 1 evaluates DeriveInCare and skips ReportInCare (no InCare fact to match yet); round 2
        // evaluates ReportInCare over the two new InCare facts.
        Assert.Equal(
            ["DeriveInCare 1/2/2", "ReportInCare 1/2/2"],
            result.Statistics.Select(s => $"{s.Rule.RuleType!.Name} {s.Evaluations}/{s.Activations}/{s.Firings}"));
        Assert.All(result.Statistics, s => Assert.True(s.Elapsed >= TimeSpan.Zero));
    }

    [Fact]
    public void Statistics_WhenDisabled_IsEmpty()
    {
        // Act
        var result = TestEngine.Run([typeof(ActionTests.DeriveInCare)], new Assignment("a1", "c1", 1));

        // Assert
        Assert.Empty(result.Statistics);
    }

    [Fact]
    public void WhyNot_AlphaConditionFails_ReportsConditionAndClosestFacts()
    {
        // Arrange
        var session = TestEngine.Compile(typeof(MatchTests.LateAssignment)).CreateSession();
        session.InsertAll([new Assignment("a1", "c1", 3), new Assignment("a2", "c1", 7)]);
        session.Fire();

        // Act
        var report = session.WhyNot(typeof(MatchTests.LateAssignment).FullName!);

        // Assert
        Assert.False(report.Fired);
        Assert.Equal(0, report.ElementIndex);
        Assert.Equal("Match<Assignment>(a => (a.Start > 10))", report.Element);
        Assert.Equal("a => (a.Start > 10)", report.Condition);
        Assert.Equal([new Assignment("a1", "c1", 3), new Assignment("a2", "c1", 7)], report.Candidates);
    }

    [Fact]
    public void WhyNot_JoinFails_ReportsSecondElement()
    {
        // Arrange
        var session = TestEngine.Compile(typeof(MatchTests.ClientAssignment)).CreateSession();
        session.InsertAll([new Client("c1"), new Assignment("a1", "c2", 3)]);
        session.Fire();

        // Act
        var report = session.WhyNot(typeof(MatchTests.ClientAssignment).FullName!);

        // Assert
        Assert.Equal(1, report.ElementIndex);
        Assert.Equal("(a, c) => (a.ClientId == c.Id)", report.Condition);
        Assert.Equal([new Assignment("a1", "c2", 3)], report.Candidates);
        Assert.Equal(
            "Rule 'Wlz.Rules.Engine.Tests.Dsl.MatchTests+ClientAssignment' did not fire: element 1 'Match<Assignment>((a, c) => (a.ClientId == c.Id))' was not satisfied; condition '(a, c) => (a.ClientId == c.Id)'; closest facts: Assignment { Id = a1, ClientId = c2, Start = 3, End =  }.",
            report.ToString());
    }

    [Fact]
    public void WhyNot_ThenResetAndFireAgain_MatchesLikeAFreshSession()
    {
        // Arrange: WhyNot borrows the session's evaluator; the next partition must not notice.
        var factory = TestEngine.Compile(typeof(MatchTests.ClientAssignment), typeof(CollectLetHavingTests.CountAssignments));
        var session = factory.CreateSession();
        session.InsertAll([new Client("c1"), new Assignment("a1", "c2", 3)]);
        session.Fire();
        session.WhyNot(typeof(MatchTests.ClientAssignment).FullName!);
        object[] facts = [new Client("c2"), new Assignment("a1", "c2", 3), new Assignment("a2", "c2", 5)];

        // Act
        session.Reset();
        session.InsertAll(facts);
        var again = session.Fire();

        // Assert
        var fresh = factory.CreateSession();
        fresh.InsertAll(facts);
        Assert.Equal(fresh.Fire().Results, again.Results);
        Assert.NotEmpty(again.Results);
    }

    [Fact]
    public void WhyNot_NotIsBlocked_ReportsBlockingFact()
    {
        // Arrange
        var message = new Message("a1", "MAZ");
        var session = TestEngine.Compile(typeof(NotExistsTests.WithoutMessage)).CreateSession();
        session.InsertAll([new Assignment("a1", "c1", 1), message]);
        session.Fire();

        // Act
        var report = session.WhyNot(typeof(NotExistsTests.WithoutMessage).FullName!);

        // Assert
        Assert.Equal(1, report.ElementIndex);
        Assert.Equal("Not<Message>(($x, a) => (($x.AssignmentId == a.Id) AndAlso ($x.Kind == \"MAZ\")))", report.Condition);
        Assert.Same(message, Assert.Single(report.Candidates));
    }

    [Fact]
    public void WhyNot_SameRuleLoadedTwice_ReportsTheSameElementText()
    {
        // NRules names the declaration of Not<Message> from a process-wide counter ($var17$): the texts of the
        // explanation must not depend on how many rules the process loaded before.
        static string Element()
        {
            var session = TestEngine.Compile(typeof(NotExistsTests.WithoutMessage)).CreateSession();
            session.InsertAll([new Assignment("a1", "c1", 1), new Message("a1", "MAZ")]);
            session.Fire();
            return session.WhyNot(RuleInfo.IdOf(typeof(NotExistsTests.WithoutMessage))).Element;
        }

        Assert.Equal(Element(), Element());
    }

    [Fact]
    public void WhyNot_HavingFails_ReportsCondition()
    {
        // Arrange
        var session = TestEngine.Compile(typeof(CollectLetHavingTests.ClientWithSeveralAssignments)).CreateSession();
        session.InsertAll([new Client("c1"), new Assignment("a1", "c1", 1)]);
        session.Fire();

        // Act
        var report = session.WhyNot(typeof(CollectLetHavingTests.ClientWithSeveralAssignments).FullName!);

        // Assert
        Assert.Equal(2, report.ElementIndex);
        Assert.Equal("assignments => (assignments.Count() > 1)", report.Condition);
        Assert.Empty(report.Candidates);
    }

    [Fact]
    public void WhyNot_RuleFired_SaysSo()
    {
        // Arrange
        var session = TestEngine.Compile(typeof(MatchTests.LateAssignment)).CreateSession();
        session.Insert(new Assignment("a1", "c1", 30));
        session.Fire();

        // Act
        var report = session.WhyNot(typeof(MatchTests.LateAssignment).FullName!);

        // Assert
        Assert.True(report.Fired);
        Assert.Equal("Rule 'Wlz.Rules.Engine.Tests.Dsl.MatchTests+LateAssignment' fired.", report.ToString());
    }

    [Fact]
    public void WhyNot_BeforeFire_Throws()
    {
        // Arrange
        var session = TestEngine.Compile(typeof(MatchTests.LateAssignment)).CreateSession();

        // Act + Assert
        Assert.Throws<InvalidOperationException>(() => session.WhyNot(typeof(MatchTests.LateAssignment).FullName!));
    }

    [Fact]
    public void Explanation_FiringCarriesFactsByReferenceAndLetValuesByName()
    {
        // Arrange
        var today = new Today(40);
        var assignment = new Assignment("a1", "c1", 1, End: 10);

        // Act
        var result = TestEngine.Run([typeof(CollectLetHavingTests.EndedLongAgo)], today, assignment);

        // Assert
        var firing = Assert.Single(result.Firings);
        Assert.Same(today, firing.Facts[0]);
        Assert.Same(assignment, firing.Facts[1]);
        Assert.Equal(30, firing.Values["daysAgo"]);
        Assert.Equal(["today", "a", "daysAgo"], firing.Variables.Keys);
        Assert.Equal(0, firing.Stratum);
        Assert.Equal(0, firing.Sequence);
        Assert.Equal(
            "Wlz.Rules.Engine.Tests.Dsl.CollectLetHavingTests+EndedLongAgo(today = Today { Day = 40 }, a = Assignment { Id = a1, ClientId = c1, Start = 1, End = 10 }, daysAgo = 30)",
            firing.ToString());
    }

    private sealed class RecordingListener : SessionListener
    {
        public List<string> Events { get; } = [];

        public override void FactInserted(object fact, RuleFiring? insertedBy) =>
            Events.Add($"inserted {fact} by {insertedBy?.Rule.Id ?? "caller"}");

        public override void RuleFired(RuleFiring firing) => Events.Add($"fired {firing.Rule.Id}");
    }
}
