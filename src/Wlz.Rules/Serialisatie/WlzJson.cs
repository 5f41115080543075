using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Wlz.Rules.Model;

namespace Wlz.Rules.Serialisatie;

/// <summary>
/// JSON for Wlz.Rules with System.Text.Json: a preset <see cref="Options"/> and readers and writers for dossier lists.
/// </summary>
/// <remarks>
/// <para>
/// The preset uses camelCase property names, ISO dates (<c>yyyy-MM-dd</c>), enums as their names (iWlz numeric codes
/// are accepted on input), zorgprofielen as their COD163 code, BSN and AGB codes as strings, refuses unknown
/// properties, and limits nesting to <see cref="MaxDiepte"/>. Computed (get-only) properties of the model, such as
/// <see cref="Dossier.GemaskeerdeSleutel"/>, are not written.
/// </para>
/// <para>
/// Reading checks structure and codes; content rules are left to <see cref="Validatie.DossierValidator"/>, so that one
/// bad dossier can be rejected without failing the whole file. A structural error throws a <see cref="WlzJsonException"/>
/// naming line, position and path in the whole document; its message masks every run of nine digits. All three readers
/// read the array element by element and agree on what they accept and on every error.
/// </para>
/// </remarks>
public static class WlzJson
{
    /// <summary>The maximum nesting depth accepted on input.</summary>
    public const int MaxDiepte = 32;

    /// <summary>Gets the preset options (read-only; copy them with <c>new JsonSerializerOptions(WlzJson.Options)</c> to change them).</summary>
    public static JsonSerializerOptions Options { get; } = MaakOptions();

    /// <summary>Reads a JSON array of dossiers.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The dossiers, in input order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="WlzJsonException">Thrown when the JSON is malformed, is not an array (<c>null</c> included), holds a <c>null</c> element, or does not match the model.</exception>
    public static IReadOnlyList<Dossier> LeesDossiers(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var lezer = new Dossierlezer(Encoding.UTF8.GetBytes(json), Options);
        return LeesAlles(lezer, stream: null);
    }

    /// <summary>Reads a JSON array of dossiers from a stream.</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream.</param>
    /// <returns>The dossiers, in input order.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="WlzJsonException">Thrown when the JSON is malformed, is not an array (<c>null</c> included), holds a <c>null</c> element, or does not match the model.</exception>
    public static IReadOnlyList<Dossier> LeesDossiers(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var lezer = new Dossierlezer(Options);
        return LeesAlles(lezer, utf8Json);
    }

    /// <summary>Streams the dossiers of a JSON array one by one, without holding the whole population in memory.</summary>
    /// <param name="utf8Json">The UTF-8 JSON stream holding an array of dossiers.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The dossiers, in input order.</returns>
    /// <remarks>
    /// Every dossier before a read error is yielded before the error is thrown, and the error names the element's
    /// index in the whole array (<c>$[1500]</c>) and its line and position in the whole stream.
    /// </remarks>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    /// <exception cref="WlzJsonException">Thrown (while enumerating) when the JSON is malformed, is not an array (<c>null</c> included), holds a <c>null</c> element, or does not match the model.</exception>
    public static IAsyncEnumerable<Dossier> LeesDossiersAsync(Stream utf8Json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Stroom(utf8Json, cancellationToken);
    }

    /// <summary>Writes dossiers as a JSON array.</summary>
    /// <param name="dossiers">The dossiers.</param>
    /// <returns>The JSON text. It holds full BSNs: treat it as the personal data it is.</returns>
    /// <exception cref="ArgumentNullException">Thrown when <paramref name="dossiers"/> is <see langword="null"/>.</exception>
    public static string SchrijfDossiers(IEnumerable<Dossier> dossiers)
    {
        ArgumentNullException.ThrowIfNull(dossiers);
        return JsonSerializer.Serialize(dossiers, Options);
    }

    private static List<Dossier> LeesAlles(Dossierlezer lezer, Stream? stream)
    {
        var dossiers = new List<Dossier>();
        while (true)
        {
            switch (lezer.Volgende(out var dossier))
            {
                case Dossierlezer.Stap.Dossier:
                    dossiers.Add(dossier!);
                    break;
                case Dossierlezer.Stap.MeerNodig:
                    lezer.Vul(stream!);
                    break;
                default:
                    return dossiers;
            }
        }
    }

    private static async IAsyncEnumerable<Dossier> Stroom(Stream utf8Json, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lezer = new Dossierlezer(Options);
        while (true)
        {
            switch (lezer.Volgende(out var dossier))
            {
                case Dossierlezer.Stap.Dossier:
                    yield return dossier!;
                    break;
                case Dossierlezer.Stap.MeerNodig:
                    await lezer.VulAsync(utf8Json, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    yield break;
            }
        }
    }

    private static JsonSerializerOptions MaakOptions()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(LaatBerekendeEigenschappenWeg);
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            MaxDepth = MaxDiepte,
            TypeInfoResolver = resolver,
            Converters =
            {
                new LocalDateJsonConverter(),
                new BsnJsonConverter(),
                new AgbCodeJsonConverter(),
                new ZorgprofielJsonConverter(),
                new JsonStringEnumConverter(),
                new ReadOnlySetJsonConverterFactory(),
            },
        };
        options.MakeReadOnly();
        return options;
    }

    private static void LaatBerekendeEigenschappenWeg(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.Type.Namespace != typeof(Dossier).Namespace || typeInfo.Type.Assembly != typeof(Dossier).Assembly)
        {
            return;
        }

        for (var i = typeInfo.Properties.Count - 1; i >= 0; i--)
        {
            if (typeInfo.Properties[i].Set is null)
            {
                typeInfo.Properties.RemoveAt(i);
            }
        }
    }
}
