namespace Wlz.Rules.Evaluatie;

/// <summary>What the evaluation does with a dossier that fails validation.</summary>
public enum Validatiemodus
{
    /// <summary>Evaluate the valid dossiers and report every rejected dossier with its failures (the default).</summary>
    Soepel,

    /// <summary>Throw one <see cref="DossierValidatieException"/> that lists the failures of every rejected dossier.</summary>
    Strikt,
}
