using Wlz.Rules.Sample;

// dotnet run --project samples/Wlz.Rules.Sample -- --help
return SampleApp.Run(args, Console.Out, Console.Error);
