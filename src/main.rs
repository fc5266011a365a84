fn main() {
    #[cfg(target_arch = "wasm32")]
    nasss_navigator::mount();
}
