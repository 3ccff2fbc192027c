"""Runs `warta extract -` over a JSONL file with Apache Spark's RDD.pipe: each partition's lines go
to one warta process on its standard input, its JSONL records come back on standard output.

    spark_extract.py WARTA INPUT.jsonl OUTPUT_DIR [PARTITIONS]

Local mode here; on a cluster, ship the warta binary with `--files warta` (it is one relocatable
file: lexicons are embedded) and pipe to `./warta`. Records keep input order within each
partition and partitions keep file order, so the part files concatenated in order equal a
single-process run.
"""
import shlex
import sys

from pyspark.sql import SparkSession

warta, source, target = sys.argv[1], sys.argv[2], sys.argv[3]
partitions = int(sys.argv[4]) if len(sys.argv) > 4 else 4

spark = SparkSession.builder.master("local[2]").appName("warta-extract").getOrCreate()
spark.sparkContext.setLogLevel("ERROR")
lines = spark.sparkContext.textFile(source, minPartitions=partitions)
# --jobs 1: Spark already runs one task per core. --error-records: a bad line becomes a record
# with an input-error warning instead of a non-zero exit; checkCode=True makes any real failure
# of warta fail the task (PySpark ignores exit codes by default; Scala's RDD.pipe does not).
command = shlex.join([warta, "extract", "--jobs", "1", "--error-records", "-"])
records = lines.pipe(command, checkCode=True)
records.saveAsTextFile(target)
print(f"{lines.getNumPartitions()} partitions", file=sys.stderr)
spark.stop()
