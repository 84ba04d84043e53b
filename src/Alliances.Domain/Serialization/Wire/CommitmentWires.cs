using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Alliances.Domain.Progress;
using NodaTime;

namespace Alliances.Domain.Serialization;

// The records of a ledger's commitments as they are read, with the strict options of WireContext. The rules that need
// the programme or the other commitments (LED001, COM003–COM006) are checked with the ledger.

/// <summary>An actor as it is read: a <c>kind</c> and that kind's members, and no other.</summary>
internal sealed class ActorWire : Wire<Actor>
{
    [JsonRequired]
    public string Kind { get; set; } = null!;

    [DisallowNull]
    public string? Organisation { get; set; }

    [DisallowNull]
    public WorldWire? World { get; set => field = IWire.Completed(value); }

    [DisallowNull]
    public TerritoryWire? Territory { get; set => field = IWire.Completed(value); }

    [DisallowNull]
    public BodyWire? Body { get; set => field = IWire.Completed(value); }

    /// <inheritdoc/>
    protected override Actor Build()
    {
        // Each kind has its own members and no other.
        var present = (Organisation is null ? 0 : 1) + (World is null ? 0 : 1) + (Territory is null ? 0 : 1) + (Body is null ? 0 : 1);
        var (complete, members, names) = Kind switch
        {
            JsonNames.OrganisationKind => (Organisation is not null, 1, "organisation"),
            JsonNames.WorldKind => (World is not null, 1, "world"),
            JsonNames.TerritoryBodyKind => (Territory is not null && Body is not null, 2, "territory, body"),
            _ => throw ContractRead.Shape(
                $"An actor's kind is '{JsonNames.OrganisationKind}', '{JsonNames.WorldKind}' or '{JsonNames.TerritoryBodyKind}'.",
                $"Le type d’un acteur est '{JsonNames.OrganisationKind}', '{JsonNames.WorldKind}' ou '{JsonNames.TerritoryBodyKind}'."),
        };
        if (!complete || present != members)
        {
            throw ContractRead.Shape(
                $"An actor of kind '{Kind}' has the members {names} and no other.",
                $"Un acteur de type '{Kind}' a les membres {names} et aucun autre.");
        }

        return Kind switch
        {
            JsonNames.OrganisationKind => new OrganisationActor(new Organisation(Organisation!)),
            JsonNames.WorldKind => new WorldActor(World!.Model),
            _ => new TerritoryBodyActor(Territory!.Model, Body!.Model),
        };
    }
}

/// <summary>An actor's commitment to a measure.</summary>
internal sealed class CommitmentWire : Wire<Commitment>
{
    [JsonRequired]
    public ActorWire Actor { get; set => field = IWire.Completed(value); } = null!;

    [JsonRequired]
    public MeasureNumber Measure { get; set; }

    [JsonRequired]
    public CommitmentRole Role { get; set; }

    [JsonRequired]
    public LocalDate From { get; set; }

    [DisallowNull]
    public LocalDate? Until { get; set; }

    [DisallowNull]
    public WithdrawalWire? Withdrawal { get; set => field = IWire.Completed(value); }

    /// <inheritdoc/>
    protected override Commitment Build() => new(Actor.Model, Measure, Role, From, Until, Withdrawal?.Model);
}

/// <summary>The withdrawal of a commitment.</summary>
internal sealed class WithdrawalWire : Wire<Withdrawal>
{
    [JsonRequired]
    public LocalDate Date { get; set; }

    [JsonRequired]
    public LocalizedText Reason { get; set; } = null!;

    /// <inheritdoc/>
    protected override Withdrawal Build() => new(Date, Reason);
}
