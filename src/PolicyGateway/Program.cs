using PolicyGateway.Policy;
using PolicyGateway.Hosting;

using PolicyGateway.Cli;

if (await PolicyCli.TryRunAsync(args, Console.Out, Console.Error) is { } exitCode)
{
    return exitCode;
}

try
{
    var app = await GatewayApp.BuildAsync(args);
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is GatewayConfigurationException or PolicyLoadException or Microsoft.Extensions.Options.OptionsValidationException
                           || ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    await Console.Error.WriteLineAsync(ex.Message);
    return 1;
}
