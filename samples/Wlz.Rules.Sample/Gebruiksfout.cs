namespace Wlz.Rules.Sample;

/// <summary>A bad argument or a bad input file: reported as one clear line, exit code 2, never a stack trace.</summary>
internal sealed class Gebruiksfout(string message) : Exception(message);
