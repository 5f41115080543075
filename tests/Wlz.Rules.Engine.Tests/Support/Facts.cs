namespace Wlz.Rules.Engine.Tests.Support;

public sealed record Client(string Id) : IComparable<Client>
{
    public int CompareTo(Client? other) => string.CompareOrdinal(Id, other?.Id);
}

public sealed record Assignment(string Id, string ClientId, int Start, int? End = null) : IComparable<Assignment>
{
    public int CompareTo(Assignment? other) => string.CompareOrdinal(Id, other?.Id);
}

public sealed record Message(string AssignmentId, string Kind) : IComparable<Message>
{
    public int CompareTo(Message? other)
    {
        int order = string.CompareOrdinal(AssignmentId, other?.AssignmentId);
        return order != 0 ? order : string.CompareOrdinal(Kind, other?.Kind);
    }
}

public sealed record Today(int Day);

public sealed record Signal(string Rule, string Subject);

public sealed record InCare(string AssignmentId);

public sealed record Summary(string ClientId, int Count);
