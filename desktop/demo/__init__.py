"""The bundled demo plan and the large generated plan used by the benchmark."""
