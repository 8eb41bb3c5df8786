//! The cluster files of deploy/, run here as the cluster would run them: the Kubernetes
//! Indexed Job (the shard from JOB_COMPLETION_INDEX) and its merge Job, the Slurm job array
//! (the shard from SLURM_ARRAY_TASK_ID) and its merge; each gives the outputs of one run.
//! (`scripts/check-deploy.sh` checks the manifests against the Kubernetes schema.)

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use yaml_rust2::{Yaml, YamlLoader};

#[path = "common/run.rs"]
mod run;

use run::*;

fn deploy(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../deploy")
        .join(name)
}

fn yaml(name: &str) -> Vec<Yaml> {
    let text = fs::read_to_string(deploy(name)).expect("manifest");
    YamlLoader::load_from_str(&text).expect("YAML")
}

fn of_kind<'a>(docs: &'a [Yaml], kind: &str) -> &'a Yaml {
    docs.iter()
        .find(|d| d["kind"].as_str() == Some(kind))
        .unwrap_or_else(|| panic!("no {kind}"))
}

fn strings(list: &Yaml) -> Vec<String> {
    list.as_vec()
        .expect("a list")
        .iter()
        .map(|y| y.as_str().expect("a string").to_string())
        .collect()
}

/// The demo replayed whole with `engine`: the outputs every split must give.
fn plain(dir: &Path, engine: &str) -> Vec<(String, Vec<u8>)> {
    let (config, capture) = demo();
    let out = dir.join("plain");
    let done = replay(&config, &capture, &out, &["--engine", engine]);
    assert!(done.status.success(), "{}", stderr(&done));
    outputs(&out)
}

fn engine() -> &'static str {
    if verilator() {
        "verilator"
    } else {
        "model"
    }
}

/// A directory holding `dxedge`, for PATH.
fn bin_dir(tmp: &Path) -> PathBuf {
    let bin = tmp.join("bin");
    fs::create_dir_all(&bin).expect("mkdir");
    std::os::unix::fs::symlink(DXEDGE, bin.join("dxedge")).expect("symlink");
    bin
}

fn path_with(bin: &Path) -> String {
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn finished(command: &mut Command) -> std::process::Output {
    let child = command
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("starts");
    wait(child, LIMIT)
}

#[test]
fn the_kubernetes_indexed_job_and_its_merge_job_give_one_run() {
    let replay_docs = yaml("kubernetes/replay-job.yaml");
    let merge_docs = yaml("kubernetes/merge-job.yaml");
    let claim = of_kind(&replay_docs, "PersistentVolumeClaim");
    assert_eq!(
        strings(&claim["spec"]["accessModes"]),
        ["ReadWriteMany"],
        "pods on any node share it"
    );
    let claim_name = claim["metadata"]["name"].as_str().expect("name");
    let job = of_kind(&replay_docs, "Job");
    let spec = &job["spec"];
    assert_eq!(spec["completionMode"].as_str(), Some("Indexed"));
    let shards = spec["completions"].as_i64().expect("completions");
    let parallelism = spec["parallelism"].as_i64().expect("parallelism");
    assert!(shards >= 1 && (1..=shards).contains(&parallelism));
    let pod = &spec["template"]["spec"];
    assert_eq!(pod["restartPolicy"].as_str(), Some("Never"));
    let container = &pod["containers"][0];
    let env: Vec<(String, String)> = container["env"]
        .as_vec()
        .expect("env")
        .iter()
        .map(|e| {
            let name = e["name"].as_str().expect("name").to_string();
            (name, e["value"].as_str().expect("value").to_string())
        })
        .collect();
    assert_eq!(
        env,
        [("SHARDS".to_string(), shards.to_string())],
        "SHARDS = completions"
    );
    let args = strings(&container["args"]);
    assert!(args.contains(&"--shard=$(JOB_COMPLETION_INDEX)/$(SHARDS)".to_string()));
    let mount = container["volumeMounts"][0]["mountPath"]
        .as_str()
        .expect("mount");
    for docs in [&replay_docs, &merge_docs] {
        let pod = &of_kind(docs, "Job")["spec"]["template"]["spec"];
        assert_eq!(
            pod["volumes"][0]["persistentVolumeClaim"]["claimName"].as_str(),
            Some(claim_name)
        );
        assert_eq!(
            pod["containers"][0]["volumeMounts"][0]["mountPath"].as_str(),
            Some(mount)
        );
    }

    // The volume is a directory here, holding the demo; each index runs as its pod would.
    let tmp = tempfile::tempdir().expect("tmp");
    let data = tmp.path().join("data");
    fs::create_dir(&data).expect("mkdir");
    let (config, capture) = demo();
    fs::copy(config, data.join("appliance.toml")).expect("config");
    fs::copy(capture, data.join("capture.pcap")).expect("capture");
    let on_volume = |text: &str| text.replace(mount, data.to_str().expect("utf-8"));
    assert_eq!(strings(&container["command"]), ["dxedge"]);
    for index in 0..shards {
        let mut pod_args: Vec<String> = args
            .iter()
            .map(|a| {
                on_volume(
                    &a.replace("$(JOB_COMPLETION_INDEX)", &index.to_string())
                        .replace("$(SHARDS)", &shards.to_string()),
                )
            })
            .collect();
        pod_args.push(format!("--engine={}", engine()));
        let done = finished(Command::new(DXEDGE).args(&pod_args));
        assert!(done.status.success(), "index {index}: {}", stderr(&done));
    }
    let merge = &of_kind(&merge_docs, "Job")["spec"]["template"]["spec"]["containers"][0];
    let command = strings(&merge["command"]);
    assert_eq!(command, ["/bin/sh", "-c"]);
    let script = on_volume(&strings(&merge["args"])[0]);
    let bin = bin_dir(tmp.path());
    let done = finished(
        Command::new(&command[0])
            .args([&command[1], &script])
            .env("PATH", path_with(&bin)),
    );
    assert!(done.status.success(), "merge: {}", stderr(&done));
    assert!(
        outputs(&data.join("merged")) == plain(tmp.path(), engine()),
        "merged"
    );
}

#[test]
fn the_slurm_job_array_and_its_merge_give_one_run() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (config, capture) = demo();
    let work = tmp.path().join("work");
    let slurm = |script: &str| {
        let mut command = Command::new("bash");
        command
            .arg(deploy("slurm").join(script))
            .env("DXEDGE", DXEDGE)
            .env("DXEDGE_CONFIG", &config)
            .env("DXEDGE_CAPTURE", &capture)
            .env("DXEDGE_WORK", &work)
            .env("DXEDGE_REPLAY_ARGS", format!("--engine {}", engine()));
        command
    };
    // An array of 5 tasks, --array=0-4; task 3 run again alone (--array=3) with
    // DXEDGE_SHARDS, as after a failure.
    for (task, count, shards) in [
        (0, 5, None),
        (1, 5, None),
        (2, 5, None),
        (4, 5, None),
        (3, 1, Some("5")),
    ] {
        let mut command = slurm("replay.sbatch");
        command
            .env("SLURM_ARRAY_TASK_ID", task.to_string())
            .env("SLURM_ARRAY_TASK_COUNT", count.to_string())
            .env("SLURM_CPUS_PER_TASK", "2");
        if let Some(n) = shards {
            command.env("DXEDGE_SHARDS", n);
        }
        let done = finished(&mut command);
        assert!(done.status.success(), "task {task}: {}", stderr(&done));
        let run =
            fs::read_to_string(work.join(format!("shards/{task}/run.json"))).expect("run.json");
        assert!(
            run.contains(&format!("\"index\": {task},\n    \"count\": 5")),
            "{run}"
        );
    }
    let done = finished(&mut slurm("merge.sbatch"));
    assert!(done.status.success(), "merge: {}", stderr(&done));
    assert!(
        outputs(&work.join("merged")) == plain(tmp.path(), engine()),
        "merged"
    );
    // Not an array: refused before anything runs.
    let done = finished(&mut slurm("replay.sbatch"));
    assert!(!done.status.success());
    assert!(stderr(&done).contains("job array"), "{}", stderr(&done));

    // submit.sh: the array of N tasks from 0, then the merge after all of them succeeded.
    let bin = tmp.path().join("fake-slurm");
    fs::create_dir(&bin).expect("mkdir");
    let log = tmp.path().join("sbatch.log");
    let sbatch = bin.join("sbatch");
    fs::write(
        &sbatch,
        format!(
            "#!/bin/sh\necho \"$DXEDGE_SHARDS $*\" >> {log}\nn=$(wc -l < {log})\necho \"$((40 + n));cluster\"\n",
            log = log.display()
        ),
    )
    .expect("fake sbatch");
    let status = Command::new("chmod")
        .arg("+x")
        .arg(&sbatch)
        .status()
        .expect("chmod");
    assert!(status.success());
    let done = finished(
        slurm("submit.sh")
            .args(["6", "--partition=big"])
            .env("PATH", path_with(&bin)),
    );
    assert!(done.status.success(), "{}", stderr(&done));
    let calls = fs::read_to_string(&log).expect("log");
    let calls: Vec<&str> = calls.lines().collect();
    assert_eq!(calls.len(), 2, "{calls:?}");
    assert!(
        calls[0].starts_with("6 --parsable --partition=big --array=0-5 ")
            && calls[0].ends_with("replay.sbatch"),
        "{calls:?}"
    );
    assert!(
        calls[1].starts_with("6 --parsable --partition=big --dependency=afterok:41 ")
            && calls[1].ends_with("merge.sbatch"),
        "{calls:?}"
    );
    let said = String::from_utf8_lossy(&done.stdout);
    assert!(
        said.contains("job array 41") && said.contains("job 42"),
        "{said}"
    );
    let done = finished(slurm("submit.sh").arg("0").env("PATH", path_with(&bin)));
    assert_eq!(done.status.code(), Some(2), "{}", stderr(&done));
}
