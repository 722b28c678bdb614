//! The non-conversation members: account, feedback, comparisons, sharing, settings, ads,
//! library, asset index, offline viewer, manifest.

use super::Era;
use super::engine::Gen;
use super::era::Shape;
use super::json::{J, Style, to_vec};
use super::util::{hex_n, iso, uuid4};

/// Serialization of side files for an era (2026 files have sorted keys).
pub(crate) fn style(era: Era) -> Style {
    Style {
        ascii: true,
        pretty: false,
        sorted: era.profile().layout_2026,
    }
}

fn email(g: &Gen) -> String {
    let local: String = g
        .user_name
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect::<String>()
        .to_lowercase();
    let local = if local.is_empty() {
        "synthetic.user".to_string()
    } else {
        local
    };
    format!("{local}.{}@example.com", &g.user_id[5..9].to_lowercase())
}

/// Small JSON members, in the order they are written, as `(name, bytes)`.
pub(crate) fn json_members(g: &mut Gen) -> Vec<(String, Vec<u8>)> {
    let era = g.era;
    let st = style(era);
    let mut out = Vec::new();
    let mut user = J::obj()
        .with("id", g.user_id.clone())
        .with("email", email(g))
        .with("chatgpt_plus_user", true);
    if era.profile().shape == Shape::Classic {
        user.set("phone_number", "+15555550142");
    } else {
        user.set("birth_year", J::Int(1994));
    }
    out.push(("user.json".to_string(), to_vec(&user, st)));

    if era.profile().layout_2026 {
        let settings = J::Arr(vec![
            J::obj()
                .with("announcements", J::obj())
                .with("announcements_loaded", true)
                .with("beta_settings", J::obj())
                .with("habitat_object_version", J::Int(1))
                .with(
                    "settings",
                    J::obj()
                        .with("training_allowed", false)
                        .with("voice_training_allowed", false)
                        .with("voice_name", g.voice_name)
                        .with("show_expanded_code_view", false)
                        .with("hide_sidebar", false),
                )
                .with("user_id", g.user_id.clone()),
        ]);
        out.push(("user_settings.json".to_string(), to_vec(&settings, st)));
    }

    // Feedback on a handful of answers.
    let refs = g.refs.clone();
    let mut fb = Vec::new();
    for (k, r) in refs.iter().enumerate().filter(|(k, _)| k % 5 == 1).take(6) {
        let up = k % 3 != 0;
        let rating = match (era.profile().layout_2026, up) {
            (true, true) => "thumbs_up",
            (true, false) => "thumbs_down",
            (false, true) => "thumbsUp",
            (false, false) => "thumbsDown",
        };
        let mut o = J::obj()
            .with("id", r.msg_id.clone())
            .with("conversation_id", r.conv_id.clone())
            .with("user_id", g.user_id.clone())
            .with("rating", rating)
            .with("create_time", iso(r.time + 30.0))
            .with("workspace_id", J::Null)
            .with("content", "{}")
            .with("storage_protocol", "zstd::1.5.5.1");
        if era.profile().shape != Shape::Classic {
            o.set("evaluation_name", J::Null);
            o.set("evaluation_treatment", J::Null);
            o.set("update_time", iso(r.time + 30.0));
        }
        fb.push(o);
    }
    out.push(("message_feedback.json".to_string(), to_vec(&J::Arr(fb), st)));

    if let Some(shape) = era.profile().comparisons {
        let cmp = match refs.get(2) {
            None => J::Arr(vec![]),
            Some(r) if shape == Shape::Classic => J::Arr(vec![
                J::obj()
                    .with("id", uuid4(&mut g.rng))
                    .with("user_id", g.user_id.clone())
                    .with(
                        "input",
                        J::obj()
                            .with(
                                "prompt_convo",
                                J::obj()
                                    .with("id", r.conv_id.clone())
                                    .with("messages", J::Arr(vec![])),
                            )
                            .with("conversation_id", r.conv_id.clone()),
                    )
                    .with(
                        "output",
                        J::obj()
                            .with("feedback_version", "inline_regen_feedback:0.0.1")
                            .with("ui_feature_name", "inline_regen_feedback")
                            .with("feedback_step_1", J::obj().with("rating", "none"))
                            .with(
                                "feedback_step_2",
                                J::obj().with("completion_comparison_rating", "new"),
                            ),
                    )
                    .with(
                        "metadata",
                        J::obj()
                            .with("is_paid_user", true)
                            .with("ab_test_groups", J::obj())
                            .with(
                                "cf_headers",
                                J::obj()
                                    .with("cf-ipcity", "Springfield")
                                    .with("cf-ipcountry", "XX"),
                            ),
                    )
                    .with("create_time", iso(r.time + 5.0)),
            ]),
            Some(r) => J::Arr(vec![
                J::obj()
                    .with("message_id", r.msg_id.clone())
                    .with("conversation_id", r.conv_id.clone())
                    .with("original_message_id", uuid4(&mut g.rng))
                    .with("new_message_id", r.msg_id.clone())
                    .with("rating", "new")
                    .with("placement", "inline")
                    .with("ui_variant", "default")
                    .with("evaluation_name", J::Null)
                    .with("evaluation_treatment", J::Null)
                    .with("evaluation_type", "regen")
                    .with("message_metadatas", J::obj())
                    .with("received_timestamp", iso(r.time + 5.0))
                    .with("source_timestamp", iso(r.time + 4.0))
                    .with("user_agent", "Mozilla/5.0 (synthetic)")
                    .with("client_type", "web")
                    .with("user_id", g.user_id.clone())
                    .with("product_surface", "chatgpt")
                    .with("create_time", iso(r.time + 5.0))
                    .with("update_time", iso(r.time + 5.0)),
            ]),
        };
        out.push(("model_comparisons.json".to_string(), to_vec(&cmp, st)));
    }

    let shared: Vec<J> = refs
        .iter()
        .enumerate()
        .filter(|(k, _)| k % 9 == 4)
        .take(2)
        .map(|(_, r)| {
            J::obj()
                .with("id", uuid4(&mut g.rng))
                .with("conversation_id", r.conv_id.clone())
                .with("title", r.title.clone())
                .with("is_anonymous", true)
        })
        .collect();
    out.push((
        "shared_conversations.json".to_string(),
        to_vec(&J::Arr(shared), st),
    ));

    if era.profile().group_chats {
        out.push((
            "group_chats.json".to_string(),
            to_vec(&J::obj().with("chats", J::Arr(vec![])), st),
        ));
        out.push(("shopping.json".to_string(), to_vec(&J::Arr(vec![]), st)));
    }

    if era.profile().layout_2026 {
        let index = J::Obj(
            g.assets
                .iter()
                .map(|a| (a.member.clone().into(), J::from(a.original.clone())))
                .collect(),
        );
        out.push((
            "conversation_asset_file_names.json".to_string(),
            to_vec(&index, st),
        ));
        let library: Vec<J> = g
            .assets
            .iter()
            .filter(|a| a.image)
            .map(|a| {
                let ext = a.original.rsplit('.').next().unwrap_or("png").to_string();
                J::obj()
                    .with("file_id", a.file_id.clone())
                    .with(
                        "file_name",
                        a.original.rsplit('/').next().unwrap_or("").to_string(),
                    )
                    .with("file_extension", ext)
                    .with("mime_type", a.mime)
                    .with("file_size_bytes", a.bytes.len())
                    .with("library_file_category", "image")
                    .with("gizmo_id", J::Null)
                    .with("initiating_conversation_id", a.conv_id.clone())
                    .with("origination_message_id", J::Null)
                    .with("created_at", iso(a.time))
                    .with("state", "ready")
                    .with("uploading_account_user_id", g.user_id.clone())
                    .with(
                        "version_provenance",
                        J::obj()
                            .with("action", "upload")
                            .with("actor", "user")
                            .with("actor_id", g.user_id.clone()),
                    )
            })
            .collect();
        out.push((
            "library_files.json".to_string(),
            to_vec(&J::Arr(library), st),
        ));
        let interests: &[&str] = if g.user_name.is_empty() {
            &["Programming", "Vegetarian cooking", "City travel"]
        } else {
            &[
                "Cats",
                "Healthcare careers",
                "Sleep and wellness",
                "Piano music",
            ]
        };
        let ads = J::obj()
            .with(
                "ads_profile",
                vec![
                    J::obj().with("profile_version", J::Int(1)).with(
                        "inferred_profile",
                        J::obj().with(
                            "user_interests",
                            J::Arr(
                                interests
                                    .iter()
                                    .map(|i| J::obj().with("interest", *i))
                                    .collect(),
                            ),
                        ),
                    ),
                ],
            )
            .with("ad_hides", J::Arr(vec![]))
            .with("reported_ads", J::Arr(vec![]))
            .with("ad_history", J::Arr(vec![]));
        out.push(("ads.json".to_string(), to_vec(&ads, st)));
    }
    out
}

/// `conversations.json.index` (seen once next to shards; format unknown): opaque, not JSON.
pub(crate) fn index_junk(g: &mut Gen, shards: &[String]) -> Vec<u8> {
    let mut out = b"CIDX\x01\x00".to_vec();
    for s in shards {
        out.push(s.len() as u8);
        out.extend_from_slice(s.as_bytes());
        out.extend_from_slice(&g.rng.u64(..).to_le_bytes());
    }
    out.extend_from_slice(hex_n(&mut g.rng, 32).as_bytes());
    out
}

/// The offline viewer, embedding a few conversations as `var jsonData = [...]`.
pub(crate) fn chat_html(sample: &[Vec<u8>]) -> Vec<u8> {
    let mut out = Vec::new();
    out.extend_from_slice(CHAT_HEAD.as_bytes());
    out.extend_from_slice(b"var jsonData = [");
    for (i, s) in sample.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b", ");
        }
        out.extend_from_slice(s);
    }
    out.extend_from_slice(b"];\n");
    out.extend_from_slice(CHAT_TAIL.as_bytes());
    out
}

/// `export_manifest.json` (2026) from the members written so far.
pub(crate) fn manifest(sizes: &[(String, u64)], shards: &[String]) -> Vec<u8> {
    let mut files: Vec<&(String, u64)> = sizes.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let export_files = J::Arr(
        files
            .iter()
            .map(|(p, n)| J::obj().with("path", p.clone()).with("size_bytes", *n))
            .collect(),
    );
    let mut logical = vec![(
        "conversations.json".into(),
        J::obj()
            .with(
                "files",
                J::Arr(shards.iter().cloned().map(J::from).collect()),
            )
            .with("shard_count", shards.len())
            .with("sharded", true),
    )];
    for (p, _) in &files {
        let is_doc = p.ends_with(".json") || p.ends_with(".html");
        if is_doc && !shards.contains(p) {
            logical.push((
                p.clone().into(),
                J::obj()
                    .with("files", vec![J::from(p.clone())])
                    .with("sharded", false),
            ));
        }
    }
    let m = J::obj()
        .with("export_files", export_files)
        .with("logical_files", J::Obj(logical))
        .with("manifest_file", "export_manifest.json")
        .with("version", J::Int(1));
    // Only the 2026 layout has a manifest; its keys are sorted like the other 2026 files.
    to_vec(
        &m,
        Style {
            ascii: true,
            pretty: false,
            sorted: true,
        },
    )
}

const CHAT_HEAD: &str = r#"<html>
<head>
    <title>ChatGPT Data Export</title>
    <style>
        body {
            margin: 20px;
        }
        h4 {
            font-family: sans-serif;
            margin: 0;
        }
        #root {
            display: flex;
            flex-direction: column;
            gap: 20px;
        }
        .conversation {
            border: 1px solid black;
            padding: 20px;
            background-color: #f3f3f3;
        }
        .message {
            white-space: pre-wrap;
            margin: 20px 0;
        }
        .author {
            font-weight: bold;
            margin-bottom: 4px;
        }
        .author::first-letter {
            text-transform: uppercase;
        }
    </style>
    <script>
"#;

const CHAT_TAIL: &str = r#"
function getConversationMessages(conversation) {
    var messages = [];
    var currentNode = conversation.current_node;
    while (currentNode != null) {
        var node = conversation.mapping[currentNode];
        if (
            node.message &&
            node.message.content &&
            node.message.content.content_type == "text"
            && node.message.content.parts.length > 0 &&
            node.message.content.parts[0].length > 0 &&
            (node.message.author.role !== "system" || node.message.metadata.is_user_system_message)
        ) {
            author = node.message.author.role;
            if (author === "assistant") {
                author = "ChatGPT";
            } else if (author === "system" && node.message.metadata.is_user_system_message) {
                author = "Custom user info"
            }
            messages.push({ author, text: node.message.content.parts[0] });
        }
        currentNode = node.parent;
    }
    return messages.reverse();
}

// on load, add messages to the root div
window.onload = function() {
    var root = document.getElementById("root");
    for (var i = 0; i < jsonData.length; i++) {
        var conversation = jsonData[i];
        var messages = getConversationMessages(conversation);
        var div = document.createElement("div");
        div.className = "conversation";
        div.innerHTML = "<h4>" + conversation.title + "</h4>";
        for (var j = 0; j < messages.length; j++) {
            var message = document.createElement("pre");
            message.className = "message";
            message.innerHTML = `<div class="author">${messages[j].author}</div><div>${messages[j].text}</div>`;
            div.appendChild(message);
        }
        root.appendChild(div);
    }
}
    </script>
</head>
<body>
<div id="root">
</div>
</body>
</html>
"#;
