using System.Diagnostics;
using Migrate.Core.Conversion;

namespace Migrate.Cli;

/// <summary>
/// A single self-overwriting progress line on stderr (<c>\r</c>, no newline), shown only for runs of more than
/// <see cref="Threshold"/> publications; <see cref="Clear"/> erases it before the diagnostics are printed.
/// The caller creates one only when stderr is a terminal, so logs and pipes never see it.
/// </summary>
public sealed class ProgressLine : IProgress<ConversionProgress>
{
    public const int Threshold = 50;

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _error;
    private readonly Stopwatch _sinceLastDraw = new();
    private int _width;

    public ProgressLine(TextWriter error) => _error = error;

    public void Report(ConversionProgress value)
    {
        if (value.Total <= Threshold)
        {
            return;
        }
        // Redraw at most every 100 ms, but always the first and the last state.
        if (_sinceLastDraw.IsRunning && _sinceLastDraw.Elapsed < Interval && value.Done != value.Total)
        {
            return;
        }
        _sinceLastDraw.Restart();
        var text = $"migrate: {value.Done}/{value.Total} publications";
        var pad = Math.Max(0, _width - text.Length);
        _error.Write("\r" + text + new string(' ', pad));
        _error.Flush();
        _width = text.Length;
    }

    public void Clear()
    {
        if (_width > 0)
        {
            _error.Write("\r" + new string(' ', _width) + "\r");
            _error.Flush();
            _width = 0;
        }
    }
}
