using Alliances.Domain.Catalogue;
using Alliances.Domain.Progress;
using Alliances.Domain.Serialization;
using Alliances.Domain.Tests.Support;
using Alliances.Domain.Testing;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Alliances.Domain.Tests.Serialization;

/// <summary>Read(Write(x)) is x, and writing what was read gives the same bytes, for generated programmes and ledgers.</summary>
public class RoundTripLawsTest
{
    private static Gen<Ledger> Ledgers => AlliancesGenerators.Ledgers;

    [Property(MaxTest = 150)]
    public Property Programme_ReadOfWrite_IsTheProgramme() =>
        Prop.ForAll(AlliancesGenerators.Programmes.ToArbitrary(), programme =>
            ProgrammeJson.Deserialize(ProgrammeJson.Serialize(programme)) == programme
            && ProgrammeJson.Deserialize(ProgrammeJson.Serialize(programme, indented: false)) == programme);

    [Property(MaxTest = 150)]
    public Property Programme_WriteOfReadOfWrite_IsByteIdentical() =>
        Prop.ForAll(AlliancesGenerators.Programmes.ToArbitrary(), programme =>
        {
            var bytes = ProgrammeJson.SerializeToUtf8Bytes(programme);
            return ProgrammeJson.SerializeToUtf8Bytes(ProgrammeJson.Deserialize(bytes)).AsSpan().SequenceEqual(bytes);
        });

    [Property(MaxTest = 150)]
    public Property Ledger_ReadOfWrite_IsTheLedger() =>
        Prop.ForAll(Ledgers.ToArbitrary(), ledger =>
            LedgerJson.Deserialize(LedgerJson.Serialize(ledger)).Ledger == ledger
            && LedgerJson.Deserialize(LedgerJson.Serialize(ledger, indented: false)).Ledger == ledger);

    [Property(MaxTest = 150)]
    public Property Ledger_WriteOfReadOfWrite_IsByteIdentical() =>
        Prop.ForAll(Ledgers.ToArbitrary(), ledger =>
        {
            var bytes = LedgerJson.SerializeToUtf8Bytes(LedgerDocument.Of(ledger), indented: false);
            return LedgerJson.SerializeToUtf8Bytes(LedgerJson.Deserialize(bytes), indented: false).AsSpan().SequenceEqual(bytes);
        });

    [Property(MaxTest = 30)]
    public Property Portfolio_ReadOfWrite_IsThePortfolio() =>
        Prop.ForAll(AlliancesGenerators.Portfolios.ToArbitrary(), portfolio => LedgerJson.Deserialize(LedgerJson.Serialize(portfolio)).Portfolio == portfolio);
}
