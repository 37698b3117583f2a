use clap::Parser;

fn main() {
    let cli = storyline::cli::Cli::parse();
    match storyline::cli::run(cli) {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::exit(2);
        }
    }
}
