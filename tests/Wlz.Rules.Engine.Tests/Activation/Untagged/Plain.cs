using NRules.Fluent.Dsl;
using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Activation.Untagged;

public sealed class Plain : Rule
{
    public override void Define()
    {
        Client c = null!;
        When().Match(() => c);
        Then().Yield(_ => new Signal("plain", c.Id));
    }
}
