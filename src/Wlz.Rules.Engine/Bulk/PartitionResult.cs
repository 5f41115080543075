namespace Wlz.Rules.Engine.Bulk;

/// <summary>The outcome of one partition of a bulk evaluation.</summary>
/// <remarks>A value type: a bulk run of a million partitions allocates no result wrapper per partition.</remarks>
/// <typeparam name="TPartition">The partition type.</typeparam>
/// <param name="Index">The 0-based position of the partition in the input.</param>
/// <param name="Partition">The partition.</param>
/// <param name="Result">The fire result of its session.</param>
public readonly record struct PartitionResult<TPartition>(long Index, TPartition Partition, FireResult Result);
