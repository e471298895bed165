namespace PolicySearch.Core.Maintenance;

public sealed record BackupFile(string Name, long SizeBytes, string Sha256);
