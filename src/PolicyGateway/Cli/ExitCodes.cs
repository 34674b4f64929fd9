namespace PolicyGateway.Cli;

internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Policies invalid (validate, and before any other verb) or a policy test failed.</summary>
    public const int Failed = 1;

    /// <summary>The input given to the command is unusable: bad arguments, unknown caller, a line that is not JSON.</summary>
    public const int BadInput = 2;
}
