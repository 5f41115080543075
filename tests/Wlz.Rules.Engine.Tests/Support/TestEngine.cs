namespace Wlz.Rules.Engine.Tests.Support;

internal static class TestEngine
{
    public static ISessionFactory Compile(params Type[] rules)
    {
        var repository = new RuleRepository();
        foreach (var rule in rules)
        {
            repository.Add(rule);
        }

        return repository.Compile();
    }

    public static FireResult Run(Type[] rules, params object[] facts)
    {
        var session = Compile(rules).CreateSession();
        session.InsertAll(facts);
        return session.Fire();
    }

    public static string[] Signals(FireResult result) =>
        result.ResultsOf<Signal>().Select(s => $"{s.Rule}:{s.Subject}").ToArray();
}
