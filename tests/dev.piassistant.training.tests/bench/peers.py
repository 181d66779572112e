"""The peers Pi Assistant's trainer is measured against, run by TrainingBenchmark (./pi bench).

  peers.py datasets OUT      writes scikit-learn's bundled datasets as plain CSV files into OUT
  peers.py fit JOBS OUT      fits scikit-learn's models on the splits JOBS names; writes their test scores
  peers.py torch JOBS OUT    times epochs of an MLP in PyTorch on the data JOBS names

Needs Debian's python3-sklearn and python3-torch (run with /usr/bin/python3).
"""
import json
import sys
import time

import numpy as np


def datasets(out):
    from sklearn import datasets as sk
    import csv
    loaders = {"iris": sk.load_iris, "wine": sk.load_wine, "breast_cancer": sk.load_breast_cancer,
               "digits": sk.load_digits, "diabetes": sk.load_diabetes}
    for name, load in loaders.items():
        bunch = load(as_frame=False)
        columns = [c.replace(" ", "_").replace("(", "").replace(")", "") for c in bunch.feature_names]
        names = getattr(bunch, "target_names", None)
        with open(f"{out}/{name}.csv", "w", newline="") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(columns + ["target"])
            for x, y in zip(bunch.data, bunch.target):
                label = str(names[int(y)]) if name != "diabetes" else repr(float(y))
                w.writerow([repr(float(v)) for v in x] + [label])


def load(job):
    import csv
    with open(job["csv"]) as f:
        rows = list(csv.reader(f))
    header, rows = rows[0], rows[1:]
    label = header.index(job["label"])
    x = np.array([[float(v) for i, v in enumerate(r) if i != label] for r in rows])
    y = [r[label] for r in rows]
    return x, (np.array([float(v) for v in y]) if job["task"] == "regression" else np.array(y))


def models(task, seed):
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.linear_model import LogisticRegression, Ridge
    from sklearn.neural_network import MLPClassifier, MLPRegressor
    from sklearn.ensemble import RandomForestClassifier, RandomForestRegressor
    if task == "regression":
        return {"ridge": make_pipeline(StandardScaler(), Ridge(alpha=1.0)),
                "mlp": make_pipeline(StandardScaler(), MLPRegressor(hidden_layer_sizes=(64,), max_iter=2000, random_state=seed)),
                "random_forest": RandomForestRegressor(n_estimators=300, random_state=seed, n_jobs=1)}
    return {"logistic_regression": make_pipeline(StandardScaler(), LogisticRegression(max_iter=5000)),
            "mlp": make_pipeline(StandardScaler(), MLPClassifier(hidden_layer_sizes=(64,), max_iter=2000, random_state=seed)),
            "random_forest": RandomForestClassifier(n_estimators=300, random_state=seed, n_jobs=1)}


def fit(jobs, out):
    from sklearn.metrics import accuracy_score, f1_score, r2_score, mean_absolute_error, mean_squared_error
    results = []
    for job in json.load(open(jobs)):
        x, y = load(job)
        for split in job["splits"]:
            # The peers fit on everything but the test rows: Pi keeps the validation rows for early stopping.
            train = np.array(split["train"] + split["validation"])
            test = np.array(split["test"])
            for name, model in models(job["task"], split["seed"]).items():
                started = time.perf_counter()
                model.fit(x[train], y[train])
                seconds = time.perf_counter() - started
                predicted = model.predict(x[test])
                scores = {"dataset": job["name"], "seed": split["seed"], "model": name, "seconds": seconds}
                if job["task"] == "regression":
                    scores.update(r2=r2_score(y[test], predicted), mae=mean_absolute_error(y[test], predicted),
                                  rmse=float(np.sqrt(mean_squared_error(y[test], predicted))))
                else:
                    scores.update(accuracy=accuracy_score(y[test], predicted),
                                  macro_f1=f1_score(y[test], predicted, average="macro", zero_division=0))
                results.append(scores)
    json.dump(results, open(out, "w"), indent=1)


def torch_epochs(jobs, out):
    """The same MLP as Pi's benchmark, the same data, the same batch size, Adam, on the CPU with the same threads."""
    import torch
    job = json.load(open(jobs))
    torch.set_num_threads(job["threads"])
    torch.manual_seed(42)
    x = torch.tensor(np.array(job["x"], dtype=np.float32))
    y = torch.tensor(np.array(job["y"], dtype=np.int64))
    layers, width = [], x.shape[1]
    for hidden in job["hidden"]:
        layers += [torch.nn.Linear(width, hidden), torch.nn.ReLU()]
        width = hidden
    layers.append(torch.nn.Linear(width, job["classes"]))
    model = torch.nn.Sequential(*layers)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss = torch.nn.CrossEntropyLoss()
    batch = job["batch"]
    times = []
    for epoch in range(job["warmup"] + job["epochs"]):
        started = time.perf_counter()
        order = torch.randperm(len(x))
        xs, ys = x[order], y[order]
        for start in range(0, len(x), batch):
            optimizer.zero_grad()
            value = loss(model(xs[start:start + batch]), ys[start:start + batch])
            value.backward()
            optimizer.step()
        if epoch >= job["warmup"]:
            times.append(time.perf_counter() - started)
    json.dump({"torch": torch.__version__, "epoch_seconds": times}, open(out, "w"))


if __name__ == "__main__":
    {"datasets": lambda: datasets(sys.argv[2]), "fit": lambda: fit(sys.argv[2], sys.argv[3]),
     "torch": lambda: torch_epochs(sys.argv[2], sys.argv[3])}[sys.argv[1]]()
