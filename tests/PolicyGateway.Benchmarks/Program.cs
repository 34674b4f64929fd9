if (args is ["admin-api", .. var rest])
{
    return await PolicyGateway.Benchmarks.AdminApiTimings.RunAsync(rest);
}
BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(PolicyGateway.Benchmarks.IntentClassifierBenchmarks).Assembly).Run(args);
return 0;
