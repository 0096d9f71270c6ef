"""A small PyTorch experiment that is reproducible on a GPU only with determinism turned on.

Seeded from REPRO_SEED. With `determinism: strict` repro-gate exports CUBLAS_WORKSPACE_CONFIG,
and this script then asks PyTorch for deterministic algorithms. Without it, `index_add_` on CUDA
sums colliding floats with atomics, in a different order on every run, and the gate sees drift.
"""
import json
import os

import torch

seed = int(os.environ.get("REPRO_SEED", "0"))
torch.manual_seed(seed)
deterministic = "CUBLAS_WORKSPACE_CONFIG" in os.environ
torch.use_deterministic_algorithms(deterministic)
device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.randn(4096, 64, device=device)
y = (x[:, :8].sum(dim=1, keepdim=True) > 0).float()
model = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 1)).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
bucket = torch.randint(0, 16, (4096,), device=device)

for step in range(50):
    optimizer.zero_grad()
    logits = model(x)
    loss = torch.nn.functional.binary_cross_entropy_with_logits(logits, y)
    # Per-bucket loss through index_add_: many rows land in each bucket (atomic adds on CUDA).
    per_bucket = torch.zeros(16, device=device).index_add_(0, bucket, (logits - y).squeeze(1) ** 2)
    (loss + 1e-3 * per_bucket.sum()).backward()
    optimizer.step()

accuracy = ((model(x) > 0).float() == y).float().mean().item()
metrics = {
    "loss": loss.item(),
    "accuracy": accuracy,
    "bucket_loss": per_bucket.tolist(),
    "device": torch.cuda.get_device_name(0) if device == "cuda" else "cpu",
    "deterministic": deterministic,
}
with open("metrics.json", "w") as f:
    json.dump(metrics, f, indent=2)
print(f"{device} seed {seed}: loss {loss.item():.6f} accuracy {accuracy:.4f} deterministic={deterministic}")
