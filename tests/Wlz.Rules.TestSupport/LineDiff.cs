using System.Text;

namespace Wlz.Rules.TestSupport;

/// <summary>Renders a compact line diff (longest common subsequence) for failure messages.</summary>
public static class LineDiff
{
    /// <summary>Renders the lines only in <paramref name="expected"/> with <c>-</c> and those only in <paramref name="actual"/> with <c>+</c>.</summary>
    /// <param name="expected">The expected text.</param>
    /// <param name="actual">The actual text.</param>
    /// <param name="maxLines">At most this many diff lines are shown.</param>
    /// <returns>The diff, one line per changed line, each prefixed with its line number.</returns>
    public static string Render(string expected, string actual, int maxLines = 60)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }

        var output = new StringBuilder();
        int x = 0, y = 0, shown = 0;
        while ((x < a.Length || y < b.Length) && shown < maxLines)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                x++;
                y++;
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                output.Append('+').Append(y + 1).Append(": ").AppendLine(b[y++]);
                shown++;
            }
            else
            {
                output.Append('-').Append(x + 1).Append(": ").AppendLine(a[x++]);
                shown++;
            }
        }

        if (shown == maxLines)
        {
            output.AppendLine("... (diff truncated)");
        }

        return output.ToString();
    }
}
