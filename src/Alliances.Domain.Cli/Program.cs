using Alliances.Domain.Cli;

return CliApp.RunInConsole(args);
