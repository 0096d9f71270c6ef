"""k-means on the Iris measurements with numpy, seeded from REPRO_SEED (set by repro-gate)."""
import json
import os
from pathlib import Path

import numpy as np

seed = int(os.environ.get("REPRO_SEED", "0"))
rng = np.random.default_rng(seed)  # the one line that makes numpy reproducible

data = np.genfromtxt(Path(__file__).parent.parent / "data" / "iris.csv", delimiter=",", skip_header=1, usecols=(0, 1, 2, 3))
k = 3
centroids = data[rng.choice(len(data), size=k, replace=False)]
for _ in range(100):
    labels = np.argmin(((data[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2), axis=1)
    updated = np.array([data[labels == j].mean(axis=0) for j in range(k)])
    if np.allclose(updated, centroids):
        break
    centroids = updated

inertia = float(((data - centroids[labels]) ** 2).sum())
order = np.argsort(centroids[:, 0])
metrics = {
    "inertia": inertia,
    "cluster_sizes": [int((labels == j).sum()) for j in order],
    "centroid_sepal_length": [float(centroids[j, 0]) for j in order],
    "seed": seed,
}
Path("metrics.json").write_text(json.dumps(metrics, indent=2) + "\n")
Path("out").mkdir(exist_ok=True)
np.save("out/centroids.npy", centroids[order])
print(f"seed {seed}: inertia {inertia:.4f}")
