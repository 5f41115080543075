using System.Runtime.CompilerServices;

// The table rendering is checked with hand-made reports in the Testing package's tests.
[assembly: InternalsVisibleTo("Wlz.Rules.Testing.Tests")]
