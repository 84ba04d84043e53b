using System.Collections.Concurrent;

namespace Alliances.Domain.Web.Tests.App;

/// <summary>The cards the app has bound from request bodies, for the tests to compare with what they sent.</summary>
public sealed class CardInbox
{
    private readonly ConcurrentQueue<MeasureCard> _cards = new();

    /// <summary>Gets the cards received, in order.</summary>
    public IReadOnlyList<MeasureCard> Cards => [.. _cards];

    /// <summary>Keeps a card.</summary>
    public void Add(MeasureCard card) => _cards.Enqueue(card);
}
