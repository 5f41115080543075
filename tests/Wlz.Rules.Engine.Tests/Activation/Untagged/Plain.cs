using Wlz.Rules.Engine.Tests.Support;

namespace Wlz.Rules.Engine.Tests.Activation.Untagged;

public sealed class Plain : Rule
{
    public override void Define() => When().Match<Client>();
}
