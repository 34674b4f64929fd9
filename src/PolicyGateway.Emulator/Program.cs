using PolicyGateway.Emulator;
using PolicyGateway.Emulator.Hosting;

// Standalone emulator: dotnet run --project src/PolicyGateway.Emulator -- --urls http://127.0.0.1:5099 --Emulator:Latency=00:00:00.010
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.AddFilter("Microsoft", LogLevel.Warning);

// Startup lines only ("Now listening on ..."), so scripts can tell when the emulator is ready.
builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
EmulatorApp.ConfigureServices(builder);

var options = new EmulatorOptions();
builder.Configuration.GetSection("Emulator").Bind(options);

var app = builder.Build();
EmulatorApp.Configure(app, options, new RequestRecorder(options));
app.Run();
