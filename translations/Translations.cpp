// The compiled translations are resources of this library; this unit gives the library a body.
namespace ow::translations {
[[maybe_unused]] constexpr int resourceOnly = 0;
} // namespace ow::translations
