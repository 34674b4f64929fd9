BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(PolicyGateway.Benchmarks.IntentClassifierBenchmarks).Assembly).Run(args);
