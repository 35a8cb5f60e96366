"""
Porian et al. (2024), "Resolving Discrepancies in Compute-Optimal Scaling of Language Models":
the iso-FLOP points, the per-budget optima and the fitted exponent a of each configuration, read
from the authors' analysis results (data/summary_df*.pickle.xz in formll/resolving-scaling-law-
discrepancies). Their raw per-run logs (data/experiment_results.pickle.xz) are not needed: the
summary files hold, for every configuration and compute budget, exactly the points the paper's
iso-FLOP analysis used (after the authors' own reading of each run at the budget).

Writes three CSVs into src/data/measured/:
  porian-isoflop.csv  one row per (configuration, budget, model size): C, N, D, loss, in_fit
  porian-optima.csv   one row per (configuration, budget) the paper's power law was fitted to:
                      the bootstrap median N* and the bootstrap SD of log N* (the fit's weights)
  porian-configs.csv  one row per configuration: what it changes (the upstream keys) and the
                      exponent a with its 95% interval and R^2 as the paper prints them (Table 1)

Floats are binary in the pickles; each is written with Python's repr (the shortest text that reads
back to the same float), integers without a decimal point. Run with Debian's python3 and
python3-pandas (tested with pandas 1.5.3, numpy 1.24.2):

  python3 scripts/data/porian-isoflop.py <clone of formll/resolving-scaling-law-discrepancies>
"""
import hashlib
import io
import json
import os
import subprocess
import sys

import numpy as np
import pandas as pd

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
MEASURED = os.path.join(ROOT, 'src', 'data', 'measured')

# (dataset, hparams, warmup, decay, param_count, loss) -> our configuration id. The upstream keys
# are those of configs.py (FIGURE1_CONFIGS, FIGURE1_CONFIGS_OWT2 and the "Kaplan adjusted" run).
CONFIGS = [
    (('rw', 'base', 'long', 'kaplan', 'kaplan', 'train'), 'rw-kaplan', 'summary_df'),
    (('rw', 'base', 'long', 'kaplan', 'standard', 'val'), 'rw-head', 'summary_df'),
    (('rw', 'base', 'short', 'kaplan', 'standard', 'val'), 'rw-warmup', 'summary_df'),
    (('rw', 'base', 'short', 'chinchilla', 'standard', 'val'), 'rw-cosine', 'summary_df'),
    (('rw', 'tuned', 'short', 'const', 'standard', 'val'), 'rw-tuned', 'summary_df'),
    (('owt2', 'base', 'long', 'kaplan', 'kaplan', 'train'), 'owt2-kaplan', 'summary_df_owt2'),
    (('owt2', 'base', 'long', 'kaplan', 'standard', 'val'), 'owt2-head', 'summary_df_owt2'),
    (('owt2', 'base', 'short', 'kaplan', 'standard', 'val'), 'owt2-warmup', 'summary_df_owt2'),
    (('owt2', 'base', 'short', 'chinchilla', 'standard', 'val'), 'owt2-cosine', 'summary_df_owt2'),
    (('owt2', 'tuned', 'short', 'const', 'standard', 'val'), 'owt2-tuned', 'summary_df_owt2'),
    (('rw', 'tuned', 'long', 'const', 'kaplan', 'train'), 'rw-kaplan-adjusted', 'summary_df_kaplan_tuned_hparams'),
]
KEYS = ['dataset', 'hparams', 'warmup', 'decay', 'param_count', 'val']


def sha256(data):
    return hashlib.sha256(data).hexdigest()


def records():
    with open(os.path.join(MEASURED, 'sources.json'), encoding='utf8') as f:
        return {r['id']: r for r in json.load(f)}


def read_upstream(clone, commit, path, expected):
    data = subprocess.run(['git', '-C', clone, 'show', f'{commit}:{path}'], check=True, capture_output=True).stdout
    actual = sha256(data)
    if actual != expected:
        raise SystemExit(f'{path} at {commit}: sha256 {actual}, expected {expected}')
    return pd.read_pickle(io.BytesIO(data), compression='xz')


def num(x):
    """A float as text: integers without a decimal point, everything else as repr()."""
    x = float(x)
    if not np.isfinite(x):
        raise ValueError(f'not a finite number: {x}')
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


def write_csv(file, header, rows):
    text = '\n'.join(','.join(r) for r in [header, *rows]) + '\n'
    with open(os.path.join(MEASURED, file), 'w', encoding='utf8', newline='') as f:
        f.write(text)
    print(f'wrote src/data/measured/{file}: {len(rows)} rows, sha256 {sha256(text.encode())}')


def main():
    if len(sys.argv) != 2:
        raise SystemExit('usage: python3 scripts/data/porian-isoflop.py <clone of formll/resolving-scaling-law-discrepancies>')
    clone = sys.argv[1]
    meta = records()['porian-isoflop']
    frames = {}
    for up in meta['upstream']:
        name = os.path.basename(up['path']).split('.')[0]
        frames[name] = read_upstream(clone, up['commit'], up['path'], up['sha256'])

    points, optima, configs = [], [], []
    for key, config_id, frame in CONFIGS:
        df = frames[frame]
        match = df[np.all([df[k] == v for k, v in zip(KEYS, key)], axis=0)]
        if len(match) != 1:
            raise SystemExit(f'{frame}: expected one row for {key}, found {len(match)}')
        row = match.iloc[0]
        data = row['data']
        # The paper's power law is fitted to the budgets that survive data.dropna() (analysis.py,
        # fit_compute_optimal_power_laws): those whose bootstrap found an interior minimum.
        fitted = data.dropna()
        in_fit = set(fitted['flops'])
        for _, b in data.sort_values('flops').iterrows():
            if not isinstance(b['orig_n'], pd.Series) or len(b['orig_n']) == 0:
                continue
            flag = '1' if b['flops'] in in_fit else '0'
            for n, t, loss in sorted(zip(b['orig_n'], b['orig_t'], b['orig_loss'])):
                points.append([config_id, num(b['flops']), num(n), num(t), num(loss), flag])
        for _, b in fitted.sort_values('flops').iterrows():
            optima.append([config_id, num(b['flops']), num(np.median(b['n_stars'])), num(b['n_star_std'])])
        # Table 1 of the paper, as its own code prints it (paper_tables.py, results_table/extract_CI).
        fit = row['fit_results']
        boots = [d['n_exponent'] for d in fit['bootstrap_weighted'] if 'n_coef' in d]
        lo, hi = np.quantile(boots, [0.025, 0.975])
        best = fit['bs_median_weighted']
        configs.append([config_id, *key, f"{best['n_exponent']:.3g}", f'{lo:.2f}', f'{hi:.2f}', f"{best['n_r2']:.3g}", str(len(in_fit))])

    write_csv('porian-isoflop.csv', ['config', 'budget_C', 'params_N', 'tokens_D', 'loss', 'in_fit'], points)
    write_csv('porian-optima.csv', ['config', 'budget_C', 'params_N_opt', 'log_N_opt_sd'], optima)
    write_csv(
        'porian-configs.csv',
        ['config', 'dataset', 'hparams', 'warmup', 'decay', 'param_count', 'loss', 'a', 'a_lo', 'a_hi', 'a_r2', 'budgets_in_fit'],
        configs,
    )


if __name__ == '__main__':
    main()
