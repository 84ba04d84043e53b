using System.Text.Json;
using Alliances.Domain.Validation;

namespace Alliances.Domain.Serialization;

/// <summary>Turns a reading failure into a validation result of one violation.</summary>
internal static class JsonValidation
{
    /// <summary>Builds the violation a reading failure stands for.</summary>
    internal static ValidationResult FromException(JsonException exception)
    {
        var rule = Rules.TryFind(JsonErrors.CodeOf(exception), out var found) ? found : Rules.JsonShape;
        var message = exception.Message;
        var prefix = rule.Code + ": ";
        if (message.StartsWith(prefix, StringComparison.Ordinal))
        {
            message = message[prefix.Length..];
        }

        var cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        return new ValidationResult([new RuleViolation(rule, message, exception.Path ?? "$")]);
    }
}
