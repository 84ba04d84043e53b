using System.Text.Json;

namespace Alliances.Domain.Serialization;

/// <summary>Reads one value of the contract from a reader positioned on it.</summary>
/// <typeparam name="T">The type read.</typeparam>
/// <param name="reader">The reader.</param>
/// <returns>The value.</returns>
internal delegate T ContractReader<out T>(ref Utf8JsonReader reader);
