using System.ComponentModel;
using System.Diagnostics;

namespace Alliances.Domain.Tests.Support;

/// <summary>
/// The npm tools UI teams use on the contract (ajv with ajv-formats, json-schema-to-typescript, tsc), installed with
/// <c>npm ci</c> from the lock file in <c>Serialization/Npm/</c> beside the test assembly, and run by node through
/// <c>tools.mjs</c>.
/// </summary>
internal sealed class NodeTools
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    private NodeTools(string folder) => Folder = folder;

    /// <summary>Gets the folder of the tools: package.json, its lock file, tools.mjs and node_modules.</summary>
    public string Folder { get; }

    /// <summary>What a test says when node or npm is missing; it fails in CI (<c>CI=true</c>), where <c>.ci/run</c> installs them.</summary>
    public const string Missing = "node and npm are needed to run the npm tools (apt-get install nodejs npm); .ci/run installs them.";

    /// <summary>Gets whether the tests run in CI, where a missing tool is a failure.</summary>
    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Finds node and npm, and installs the tools with <c>npm ci</c> when they are not installed yet; null without node.</summary>
    public static NodeTools? Find()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Serialization", "Npm");
        if (Run("node", ["--version"], folder) is null)
        {
            return null;
        }

        if (!File.Exists(Path.Combine(folder, "node_modules", "json-schema-to-typescript", "package.json")))
        {
            if (Run("npm", ["ci", "--no-audit", "--no-fund"], folder) is null)
            {
                return null;
            }
        }

        return new NodeTools(folder);
    }

    /// <summary>Runs <c>node tools.mjs</c> with arguments and gives what it prints; throws when it fails.</summary>
    public string Tools(params string[] arguments) =>
        Run("node", [Path.Combine(Folder, "tools.mjs"), .. arguments], Folder)
            ?? throw new InvalidOperationException("node could not be started a second time.");

    /// <summary>Runs a command; null when it cannot be started; throws when it fails.</summary>
    private static string? Run(string command, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(command) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        arguments.ToList().ForEach(start.ArgumentList.Add);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception)
        {
            return null;
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Patience))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{command} {string.Join(' ', arguments)} ran for more than {Patience}.");
            }

            return process.ExitCode == 0
                ? stdout.Result
                : throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stderr.Result}");
        }
    }
}
