namespace Alliances.Domain;

/// <summary>The languages the model carries text in. French is the language of the source; English is a translation.</summary>
public enum Language
{
    /// <summary>French, the language of the source document (<c>fr</c>).</summary>
    French = 0,

    /// <summary>English (<c>en</c>).</summary>
    English = 1,
}
