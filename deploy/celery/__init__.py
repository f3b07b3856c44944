"""OrderBridge on Airflow's CeleryExecutor: the shared environment, the processes, their health."""
