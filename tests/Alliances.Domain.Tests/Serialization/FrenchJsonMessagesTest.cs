using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>
/// A document refused for its shape says why in French too, including for the refusals System.Text.Json words itself,
/// in English only: malformed text, a property twice, a property the contract lacks, a value of the wrong type, too deep
/// a nesting.
/// </summary>
public class FrenchJsonMessagesTest
{
    private static readonly string Ledger = """{"kind":"ledger","schemaVersion":1,"scope":"national","programme":"odd17-2020","reports":[]}""";

    [Theory]
    [InlineData("""{"kind":"ledger","schemaVersion":1,"scope":"national","programme":"odd17-2020","reports":[],}""", "Le texte n’est pas du JSON bien formé ici")]
    [InlineData("""{"kind":"ledger","kind":"ledger","schemaVersion":1,"scope":"national","programme":"odd17-2020","reports":[]}""", "La propriété 'kind' apparaît deux fois.")]
    [InlineData("""{"kind":"ledger","schemaVersion":1,"scope":"national","programme":"odd17-2020","reports":[],"colour":1}""", "La propriété 'colour' ne fait pas partie du contrat ici.")]
    [InlineData("""{"kind":"ledger","schemaVersion":"1","scope":"national","programme":"odd17-2020","reports":[]}""", "Attendu ici\u00A0: un nombre\u202F; reçu une chaîne.")]
    [InlineData("""{"kind":"ledger","schemaVersion":1,"scope":"national","programme":"odd17-2020","reports":[{"measure":1,"date":"2021-02-30"}]}""", "Un jour écrit aaaa-MM-jj est attendu ici\u202F; valeur reçue\u00A0: '2021-02-30'.")]
    public void AShapeError_SaysWhatIsWrongInFrench(string json, string french)
    {
        var violation = LedgerJson.Validate(json).Violations.Should().ContainSingle().Which;

        violation.Code.Should().Be("JSN001");
        violation.MessageIn(Language.French).Should().StartWith(french);
        violation.MessageIn(Language.English).Should().NotStartWith(french);
    }

    [Theory]
    [InlineData("The property 'colour' is not part of the contract here.", false, "La propriété 'colour' ne fait pas partie du contrat ici.")]
    [InlineData("The property '' is not part of the contract here.", false, "La propriété '' ne fait pas partie du contrat ici.")]
    [InlineData("Duplicate property 'kind' encountered during deserialization of type 'Wire'.", false, "La propriété 'kind' apparaît deux fois.")]

    [InlineData("The maximum configured depth of 64 has been exceeded. Cannot read next JSON object.", true, "Le document s’imbrique au-delà de la profondeur permise (64 niveaux).")]
    [InlineData("CurrentDepth (64) is equal to or larger than the maximum allowed depth of 64. Cannot read the next JSON object.", true, "Le document s’imbrique au-delà de la profondeur permise (64 niveaux).")]
    [InlineData("The JSON value could not be converted to System.Int32.", false, "La valeur JSON n’a pas ici le type que le contrat attend.")]
    [InlineData("'}' is invalid after a value.", true, "Le texte n’est pas du JSON bien formé ici (System.Text.Json\u00A0: «\u00A0'}' is invalid after a value.\u00A0»).")]
    [InlineData("Something System.Text.Json says.", false, "Le document n’a pas ici la forme du contrat (System.Text.Json\u00A0: «\u00A0Something System.Text.Json says.\u00A0»).")]
    [InlineData("Duplicate property 'kind", false, "Le document n’a pas ici la forme du contrat (System.Text.Json\u00A0: «\u00A0Duplicate property 'kind\u00A0»).")]
    [InlineData("The property 'colour' is not part of it.", false, "Le document n’a pas ici la forme du contrat (System.Text.Json\u00A0: «\u00A0The property 'colour' is not part of it.\u00A0»).")]
    public void SystemTextJsonsOwnMessages_AreSaidInFrench(string english, bool malformed, string french)
    {
        var message = AlliancesJsonException.Foreign(english, malformed);

        message.English.Should().Be(english);
        message.French.Should().Be(french);
    }

    [Theory]
    [InlineData("'kind'", "The required property 'kind' is missing.", "La propriété requise 'kind' manque.")]
    [InlineData("'kind', 'world'", "The required properties 'kind', 'world' are missing.", "Les propriétés requises 'kind', 'world' manquent.")]
    public void MissingRequiredProperties_AreSaidWithoutTheWireType(string names, string english, string french)
    {
        var message = AlliancesJsonException.Foreign($"JSON deserialization for type 'Alliances.Domain.Serialization.ActorWire' was missing required properties including: {names}.", malformed: false);

        message.Should().Be(new LocalizedText(french, english));
    }

    [Fact]
    public void AnActorWithoutItsKind_IsRefusedInBothLanguages_AtTheActor()
    {
        var json = Files.Docs("examples", "odd17.ledger-13.json");
        var document = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        document["commitments"]![0]!["actor"]!.AsObject().Remove("kind");

        var violation = LedgerJson.Validate(document.ToJsonString()).Violations.Should().ContainSingle().Which;

        violation.Path.Should().Be("$.commitments[0].actor");
        violation.Message.Should().Be("The required property 'kind' is missing.");
        violation.MessageIn(Language.French).Should().Be("La propriété requise 'kind' manque.");
    }

    [Fact]
    public void AJsonException_CarriesBothLanguages_AndItsMessageStaysEnglish()
    {
        var thrown = FluentActions.Invoking(() => LedgerJson.Deserialize(Ledger.Replace("odd17-2020", "autre-programme", StringComparison.Ordinal)))
            .Should().Throw<AlliancesJsonException>().Which;

        thrown.Message.Should().StartWith("JSN003: This reader knows the programmes odd17-2020; the document follows 'autre-programme'.");
        thrown.Violations.Should().ContainSingle().Which.MessageIn(Language.French)
            .Should().StartWith("Ce lecteur connaît les programmes odd17-2020\u202F; le document suit 'autre-programme'.");
    }

    [Fact]
    public void ADocumentTooLarge_IsSaidInFrench_WithItsLimitGrouped()
    {
        var violation = LedgerJson.Validate(Ledger, options: new DocumentReadOptions { MaxDocumentBytes = 10_000 }).Violations;

        violation.Should().BeEmpty("the ledger is well under the limit");
        var large = LedgerJson.Validate(Ledger + new string(' ', 20_000), options: new DocumentReadOptions { MaxDocumentBytes = 10_000 }).Violations.Should().ContainSingle().Which;
        large.Code.Should().Be("JSN010");
        large.MessageIn(Language.French).Should().Be("Le document dépasse 10\u202F000 octets, le plus que ce lecteur accepte (DocumentReadOptions.MaxDocumentBytes).");
        large.MessageIn(Language.English).Should().Be("The document is larger than 10,000 bytes, the most this reader accepts (DocumentReadOptions.MaxDocumentBytes).");
    }

    [Fact]
    public void AnAppsOwnException_TakesItsMessageInBothLanguages()
    {
        var thrown = new AlliancesJsonException(Rules.JsonShape, new LocalizedText("Pas ici.", "Not here."));

        thrown.Message.Should().Be("JSN001: Not here.");
        thrown.Violations.Should().ContainSingle().Which.Text.Should().Be(new LocalizedText("Pas ici.", "Not here."));
    }
}
