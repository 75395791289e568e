using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Gehoord.Web.Tests.Infrastructure;

/// <summary>
/// The exceptions the host logged, so a test that sees a server error can say which one
/// (the hosts run outside Development and show citizens only a friendly page).
/// </summary>
public sealed class CapturedErrors : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _errors = new();

    /// <summary>Takes every error logged since the last call.</summary>
    public IReadOnlyList<string> Drain()
    {
        var drained = new List<string>();
        while (_errors.TryDequeue(out var error))
        {
            drained.Add(error);
        }

        return drained;
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedErrors owner) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (exception is null || !IsEnabled(logLevel))
            {
                return;
            }

            var inner = exception;
            while (inner.InnerException is not null)
            {
                inner = inner.InnerException;
            }

            var frame = inner.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("Gehoord.", StringComparison.Ordinal))?.Trim() ?? string.Empty;
            owner._errors.Enqueue($"{inner.GetType().Name}: {inner.Message} {frame}");
        }
    }
}
