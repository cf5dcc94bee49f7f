"""Scale-out: parallel local workers, Dask cluster mode, streaming Parquet output.

Entry points (import the module you need; this package imports nothing heavy):

- :func:`detente.scale.local.code_parallel` - articles in, results out, N processes
- :class:`detente.scale.sinks.ParquetSink` - stream events to one Parquet file
- :func:`detente.scale.cluster.run_cluster` - shards to day-partitioned Parquet on Dask
- :func:`detente.scale.load.load_parquet` - that Parquet into the event store
"""
