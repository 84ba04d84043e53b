using Alliances.Domain.Cli;

return CliApp.Run(args, Console.Out, Console.Error);
