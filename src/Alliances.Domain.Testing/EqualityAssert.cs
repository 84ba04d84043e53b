using System.Globalization;
using System.Reflection;
using System.Text;

namespace Alliances.Domain.Testing;

/// <summary>
/// Assertions that a type keeps the contract of equality and, where it defines one, of ordering, as NodaTime's tests
/// hold each of its types to it. They work with any test framework: a broken contract throws an
/// <see cref="EqualityAssertionException"/> that lists every part broken, and a misuse of the assertion (a missing
/// value, the same instance given twice) throws an <see cref="ArgumentException"/>.
/// </summary>
/// <remarks>
/// <para>
/// The contract holds for the values given: equal values are equal every way the type can be asked
/// (<see cref="object.Equals(object?)"/>, <see cref="IEquatable{T}.Equals(T)"/> for every <c>IEquatable&lt;U&gt;</c>
/// the value implements, <c>==</c> and <c>!=</c> wherever they are declared for the type or a base type) and have
/// equal hash codes; different values are different every way; no value equals <see langword="null"/> or a value of
/// another type; and <c>==</c> and <c>!=</c> treat <see langword="null"/> as equal only to itself.
/// </para>
/// <para>
/// For an ordered type, <see cref="IComparable{T}.CompareTo(T)"/>, <see cref="IComparable.CompareTo(object?)"/> and
/// the operators <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c> and <c>&gt;=</c> where declared agree with one another and
/// with equality: they say "equal" exactly for equal values. Every value compares greater than
/// <see langword="null"/>, as the <see cref="IComparable"/> contract says, and
/// <see cref="IComparable.CompareTo(object?)"/> refuses a value of another type with an
/// <see cref="ArgumentException"/>.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// EqualityAssert.Holds(new MeasureNumber(9), new MeasureNumber(9), new MeasureNumber(10));
/// EqualityAssert.HoldsOrdering(Percentage.Zero, new Percentage(0), Percentage.Full);
/// </code>
/// </example>
public static class EqualityAssert
{
    /// <summary>
    /// Asserts that a type keeps the contract of equality for these values, and, when it is ordered
    /// (<see cref="IComparable{T}"/>), that its ordering agrees with its equality.
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">A value equal to <paramref name="value"/>; another instance when <typeparamref name="T"/> is a reference type.</param>
    /// <param name="differentValues">Values different from <paramref name="value"/>, at least one.</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="equalValue"/> is the instance <paramref name="value"/> is, or <paramref name="differentValues"/> is empty.</exception>
    /// <exception cref="EqualityAssertionException">The type breaks the contract for these values.</exception>
    public static void Holds<T>(T value, T equalValue, params T[] differentValues)
        where T : IEquatable<T>
    {
        ArgumentNullException.ThrowIfNull(differentValues);
        if (differentValues.Length == 0)
        {
            throw new ArgumentException("The contract needs at least one value different from value.", nameof(differentValues));
        }

        var contract = new Contract<T>(value, equalValue, differentValues, nameof(differentValues));
        contract.CheckEquality();
        if (value is IComparable<T>)
        {
            contract.CheckOrdering(knownOrder: false);
        }

        contract.ThrowIfBroken("equality");
    }

    /// <summary>
    /// Asserts that a type keeps the contract of ordering for these values: <paramref name="value"/> sorts with
    /// <paramref name="equalValue"/> and before <paramref name="greaterValue"/>, every way the type can be asked, and
    /// its ordering agrees with its equality.
    /// </summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="value">A value.</param>
    /// <param name="equalValue">A value equal to <paramref name="value"/>; another instance when <typeparamref name="T"/> is a reference type.</param>
    /// <param name="greaterValue">A value that sorts after <paramref name="value"/>.</param>
    /// <exception cref="ArgumentNullException">A value is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="equalValue"/> is the instance <paramref name="value"/> is.</exception>
    /// <exception cref="EqualityAssertionException">The type breaks the contract for these values.</exception>
    public static void HoldsOrdering<T>(T value, T equalValue, T greaterValue)
        where T : IComparable<T>
    {
        var contract = new Contract<T>(value, equalValue, [greaterValue], nameof(greaterValue));
        contract.CheckOrdering(knownOrder: true);
        contract.ThrowIfBroken("ordering");
    }

    /// <summary>The checks on one type's values, which gather every broken part before reporting them.</summary>
    private sealed class Contract<T>
    {
        private static readonly bool IsReference = !typeof(T).IsValueType;

        private readonly List<(string Name, T Value)> _values = [];
        private readonly List<Pair> _pairs = [];
        private readonly List<string> _broken = [];

        internal Contract(T value, T equalValue, T[] others, string othersName)
        {
            ArgumentNullException.ThrowIfNull(value);
            ArgumentNullException.ThrowIfNull(equalValue);
            if (IsReference && ReferenceEquals(value, equalValue))
            {
                throw new ArgumentException("equalValue is the instance value is; the contract needs another instance, equal to it.", nameof(equalValue));
            }

            _values.Add(("value", value));
            _values.Add(("equalValue", equalValue));
            _pairs.Add(new Pair(value, "value", value, "value", 0));
            _pairs.Add(new Pair(value, "value", equalValue, "equalValue", 0));
            _pairs.Add(new Pair(equalValue, "equalValue", value, "value", 0));
            for (var i = 0; i < others.Length; i++)
            {
                var other = others[i] ?? throw new ArgumentNullException(othersName, $"{othersName}[{i}] is null.");
                var name = others.Length == 1 && othersName == "greaterValue" ? othersName : $"{othersName}[{i}]";
                _values.Add((name, other));
                _pairs.Add(new Pair(value, "value", other, name, -1));
                _pairs.Add(new Pair(other, name, value, "value", 1));
            }
        }

        private T Value => _values[0].Value;

        /// <summary>Checks <see cref="object.Equals(object?)"/>, every <see cref="IEquatable{T}"/>, the hash codes, <c>==</c> and <c>!=</c>.</summary>
        internal void CheckEquality()
        {
            foreach (var pair in _pairs)
            {
                var (left, right) = (pair.Left, pair.Right);
                Expect(pair.Equal, $"{pair.LeftName}.Equals((object){pair.RightName})", () => left!.Equals(right));
                Expect(pair.Equal, $"{pair.LeftName}.Equals({pair.RightName})", () => ((IEquatable<T>)left!).Equals(right));
            }

            var value = Value;
            Expect(false, "value.Equals((object)null)", () => value!.Equals(null));
            Expect(false, "value.Equals(new object())", () => value!.Equals(new object()));
            if (IsReference)
            {
                Expect(false, $"value.Equals(({Name(typeof(T))})null)", () => ((IEquatable<T>)value!).Equals(default!));
            }

            CheckOtherEquatables();
            CheckHashCodes();
            foreach (var (name, symbol, equal) in new[] { ("op_Equality", "==", true), ("op_Inequality", "!=", false) })
            {
                foreach (var op in Operators(name))
                {
                    foreach (var pair in _pairs)
                    {
                        Expect(pair.Equal == equal, $"{pair.LeftName} {symbol} {pair.RightName}{Declared(op)}", () => Invoke(op, pair.Left, pair.Right));
                    }

                    if (IsReference)
                    {
                        Expect(equal, $"null {symbol} null{Declared(op)}", () => Invoke(op, null, null));
                        Expect(!equal, $"value {symbol} null{Declared(op)}", () => Invoke(op, value, null));
                        Expect(!equal, $"null {symbol} value{Declared(op)}", () => Invoke(op, null, value));
                    }
                }
            }
        }

        /// <summary>
        /// Checks <see cref="IComparable{T}"/>, <see cref="IComparable"/> and the relational operators against one
        /// another and against equality; in the given order when it is known, else only for agreement.
        /// </summary>
        internal void CheckOrdering(bool knownOrder)
        {
            var value = Value;
            foreach (var pair in _pairs)
            {
                var (left, right) = (pair.Left, pair.Right);
                var sign = Sign($"{pair.LeftName}.CompareTo({pair.RightName})", () => ((IComparable<T>)left!).CompareTo(right));
                if (pair.Equal)
                {
                    ExpectSign(0, sign, $"{pair.LeftName}.CompareTo({pair.RightName})");
                }
                else if (knownOrder)
                {
                    ExpectSign(pair.Order, sign, $"{pair.LeftName}.CompareTo({pair.RightName})");
                }
                else if (sign == 0)
                {
                    _broken.Add($"{pair.LeftName}.CompareTo({pair.RightName}) is 0, but the values are not equal");
                }

                if (knownOrder)
                {
                    Expect(pair.Equal, $"{pair.LeftName}.Equals((object){pair.RightName})", () => left!.Equals(right));
                }

                pair.Sign = knownOrder ? pair.Order : sign;
            }

            if (!knownOrder)
            {
                for (var i = 3; i < _pairs.Count; i += 2)
                {
                    if (_pairs[i].Sign is { } forth and not 0 && _pairs[i + 1].Sign is { } back && back != -forth)
                    {
                        _broken.Add($"{_pairs[i].LeftName}.CompareTo({_pairs[i].RightName}) is {forth} but {_pairs[i + 1].LeftName}.CompareTo({_pairs[i + 1].RightName}) is {back}; the two should have opposite signs");
                    }
                }
            }

            if (IsReference)
            {
                var what = $"value.CompareTo(({Name(typeof(T))})null)";
                ExpectSign(1, Sign(what, () => ((IComparable<T>)value!).CompareTo(default!)), what);
            }

            if (value is IComparable)
            {
                foreach (var pair in _pairs.Where(p => p.Sign is not null))
                {
                    var (left, right) = (pair.Left, pair.Right);
                    var what = $"{pair.LeftName}.CompareTo((object){pair.RightName})";
                    ExpectSign(pair.Sign!.Value, Sign(what, () => ((IComparable)left!).CompareTo(right)), what);
                }

                ExpectSign(1, Sign("value.CompareTo((object)null)", () => ((IComparable)value).CompareTo(null)), "value.CompareTo((object)null)");
                ExpectThrows<ArgumentException>("value.CompareTo(new object())", () => ((IComparable)value).CompareTo(new object()));
            }

            CheckRelationalOperators();
        }

        internal void ThrowIfBroken(string contract)
        {
            if (_broken.Count == 0)
            {
                return;
            }

            var message = new StringBuilder()
                .Append(CultureInfo.InvariantCulture, $"{Name(typeof(T))} breaks the contract of {contract}:");
            foreach (var broken in _broken)
            {
                message.AppendLine().Append("  - ").Append(broken);
            }

            foreach (var (name, value) in _values)
            {
                message.AppendLine().Append(CultureInfo.InvariantCulture, $"  {name}: {Show(value)}");
            }

            throw new EqualityAssertionException(message.ToString());
        }

        private void CheckOtherEquatables()
        {
            foreach (var pair in _pairs)
            {
                foreach (var (other, equals) in OtherEquatables(pair.Left).Where(e => e.Other.IsInstanceOfType(pair.Right)))
                {
                    Expect(pair.Equal, $"((IEquatable<{Name(other)}>){pair.LeftName}).Equals({pair.RightName})", () => (bool)equals.Invoke(pair.Left, BindingFlags.DoNotWrapExceptions, null, [pair.Right], null)!);
                }
            }

            foreach (var (name, value) in _values)
            {
                foreach (var (other, equals) in OtherEquatables(value).Where(e => !e.Other.IsValueType))
                {
                    Expect(false, $"((IEquatable<{Name(other)}>){name}).Equals(null)", () => (bool)equals.Invoke(value, BindingFlags.DoNotWrapExceptions, null, [null], null)!);
                }
            }
        }

        /// <summary>Finds the <see cref="IEquatable{T}"/> a value implements besides that of the type asked about, as a derived record does its base's.</summary>
        private static IEnumerable<(Type Other, MethodInfo Method)> OtherEquatables(T value) =>
            value!.GetType().GetInterfaces()
                .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEquatable<>) && i != typeof(IEquatable<T>))
                .Select(i => (i.GetGenericArguments()[0], i.GetMethod(nameof(IEquatable<T>.Equals))!));

        private void CheckHashCodes()
        {
            foreach (var (name, value) in _values.Take(2))
            {
                int first = 0, second = 0;
                if (Try($"{name}.GetHashCode()", () => first = value!.GetHashCode()) && Try($"{name}.GetHashCode()", () => second = value!.GetHashCode()) && first != second)
                {
                    _broken.Add($"{name}.GetHashCode() is {first}, then {second}");
                }
            }

            int hash = 0, equalHash = 0;
            if (Try("value.GetHashCode()", () => hash = Value!.GetHashCode()) && Try("equalValue.GetHashCode()", () => equalHash = _values[1].Value!.GetHashCode()) && hash != equalHash)
            {
                _broken.Add($"value.GetHashCode() is {hash} but equalValue.GetHashCode() is {equalHash}; equal values have equal hash codes");
            }
        }

        private void CheckRelationalOperators()
        {
            var relations = new (string Name, string Symbol, Func<int, bool> Holds)[]
            {
                ("op_LessThan", "<", s => s < 0),
                ("op_LessThanOrEqual", "<=", s => s <= 0),
                ("op_GreaterThan", ">", s => s > 0),
                ("op_GreaterThanOrEqual", ">=", s => s >= 0),
            };
            foreach (var (name, symbol, holds) in relations)
            {
                foreach (var op in Operators(name))
                {
                    foreach (var pair in _pairs.Where(p => p.Sign is not null))
                    {
                        Expect(holds(pair.Sign!.Value), $"{pair.LeftName} {symbol} {pair.RightName}{Declared(op)}", () => Invoke(op, pair.Left, pair.Right));
                    }

                    if (IsReference)
                    {
                        // Null sorts before every value and with itself, as CompareTo(null) says.
                        Expect(holds(0), $"null {symbol} null{Declared(op)}", () => Invoke(op, null, null));
                        Expect(holds(1), $"value {symbol} null{Declared(op)}", () => Invoke(op, Value, null));
                        Expect(holds(-1), $"null {symbol} value{Declared(op)}", () => Invoke(op, null, Value));
                    }
                }
            }
        }

        private void Expect(bool expected, string what, Func<bool> actual)
        {
            var result = false;
            if (Try(what, () => result = actual()) && result != expected)
            {
                _broken.Add($"{what} is {(result ? "true" : "false")}");
            }
        }

        private void ExpectSign(int expected, int? actual, string what)
        {
            if (actual is { } sign && sign != expected)
            {
                _broken.Add($"{what} is {(sign == 0 ? "0" : sign < 0 ? "negative" : "positive")}, expected {(expected == 0 ? "0" : expected < 0 ? "negative" : "positive")}");
            }
        }

        private void ExpectThrows<TException>(string what, Action action)
            where TException : Exception
        {
            try
            {
                action();
                _broken.Add($"{what} returns, expected {typeof(TException).Name}");
            }
            catch (TException)
            {
            }
            catch (Exception e)
            {
                _broken.Add($"{what} throws {e.GetType().Name}, expected {typeof(TException).Name}: {e.Message}");
            }
        }

        private int? Sign(string what, Func<int> compare)
        {
            int result = 0;
            return Try(what, () => result = compare()) ? Math.Sign(result) : null;
        }

        // Any exception thrown while asking is a broken part of the contract: Equals, GetHashCode, CompareTo and the
        // operators answer for every value, null included.
        private bool Try(string what, Action action)
        {
            try
            {
                action();
                return true;
            }
            catch (Exception e)
            {
                _broken.Add($"{what} throws {e.GetType().Name}: {e.Message}");
                return false;
            }
        }

        private static bool Invoke(MethodInfo op, object? left, object? right) =>
            (bool)op.Invoke(null, BindingFlags.DoNotWrapExceptions, null, [left, right], null)!;

        /// <summary>Finds the operators that apply to two values of the type: its own and those of its base types.</summary>
        private static IEnumerable<MethodInfo> Operators(string name)
        {
            for (var type = typeof(T); type is not null; type = type.BaseType)
            {
                foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
                {
                    if (method.Name == name && method.ReturnType == typeof(bool) && method.GetParameters() is [var left, var right]
                        && left.ParameterType.IsAssignableFrom(typeof(T)) && right.ParameterType.IsAssignableFrom(typeof(T)))
                    {
                        yield return method;
                    }
                }
            }
        }

        private static string Declared(MethodInfo op) =>
            op.DeclaringType == typeof(T) ? string.Empty : $" (the operator of {Name(op.DeclaringType!)})";

        private static string Show(object? value)
        {
            string text;
            try
            {
                text = value?.ToString() ?? "null";
            }
            catch (Exception e)
            {
                text = $"(ToString throws {e.GetType().Name})";
            }

            return text.Length <= 200 ? text : string.Concat(text.AsSpan(0, 200), "…");
        }

        private static string Name(Type type) =>
            type.IsGenericType
                ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
                : type.Name;

        /// <summary>Two of the values, whether they are equal, and the sign their comparison should have.</summary>
        private sealed class Pair(T left, string leftName, T right, string rightName, int order)
        {
            internal T Left { get; } = left;

            internal string LeftName { get; } = leftName;

            internal T Right { get; } = right;

            internal string RightName { get; } = rightName;

            /// <summary>Gets 0 when the values are equal; otherwise the sign of left against right when the order is known.</summary>
            internal int Order { get; } = order;

            internal bool Equal => Order == 0;

            /// <summary>Gets or sets the sign every comparison should give, once known; null when CompareTo failed.</summary>
            internal int? Sign { get; set; }
        }
    }
}
